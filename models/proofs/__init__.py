"""Z3 proof obligations, one module per family; `models.prove` runs them all."""
