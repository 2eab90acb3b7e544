"""Parsing, printing and single-config validation, with Kafka's (ConfigDef's) messages."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.config import BROKER_DEFINITIONS, TOPIC_DEFINITIONS, ConfigDefinition, ConfigError
from spec.config.java import (
    java_double_to_string,
    java_split_comma,
    java_trim,
    parse_java_double,
)
from spec.config.model import ConfigType, ConfigValue, Password
from spec.config.validators import (
    CaseInsensitiveValidString,
    GzipLevel,
    Range,
    ThrottledReplicaList,
    ValidList,
    ValidString,
    any_non_duplicate_values,
)
from spec.config.values import format_value, parse_and_validate, parse_value

TOPIC = TOPIC_DEFINITIONS
BROKER = BROKER_DEFINITIONS


def message_of(definition: ConfigDefinition, text: str | None) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_and_validate(definition, text)
    assert caught.value.error_code == 40
    return caught.value.message


# --- parse: ConfigDef.parseType -----------------------------------------------------------------

def test_long_that_is_not_a_number_is_refused_with_kafkas_message() -> None:
    assert message_of(TOPIC["retention.ms"], "abc") == (
        "Invalid value abc for configuration retention.ms: Not a number of type LONG")


def test_int_out_of_java_range_is_not_a_number() -> None:
    assert message_of(TOPIC["segment.bytes"], "2147483648") == (
        "Invalid value 2147483648 for configuration segment.bytes: Not a number of type INT")
    assert message_of(BROKER["offsets.topic.replication.factor"], "40000") == (
        "Invalid value 40000 for configuration offsets.topic.replication.factor: "
        "Not a number of type SHORT")


def test_numbers_are_trimmed_and_may_carry_a_plus_sign() -> None:
    assert parse_value(TOPIC["retention.ms"], " +42\t") == 42
    assert parse_value(TOPIC["retention.ms"], "-1") == -1


def test_message_shows_the_untrimmed_text() -> None:
    assert message_of(TOPIC["retention.ms"], " 1.5 ") == (
        "Invalid value  1.5  for configuration retention.ms: Not a number of type LONG")


def test_boolean_is_case_insensitive_and_nothing_else() -> None:
    assert parse_value(TOPIC["preallocate"], "TRUE") is True
    assert parse_value(TOPIC["preallocate"], " false ") is False
    assert message_of(TOPIC["preallocate"], "yes") == (
        "Invalid value yes for configuration preallocate: "
        "Expected value to be either true or false")


def test_double_accepts_java_literals() -> None:
    ratio = TOPIC["min.cleanable.dirty.ratio"]
    assert parse_value(ratio, "0.25") == 0.25
    assert parse_value(ratio, ".5d") == 0.5
    assert parse_value(ratio, "0x1p-2") == 0.25
    assert message_of(ratio, "half") == (
        "Invalid value half for configuration min.cleanable.dirty.ratio: "
        "Not a number of type DOUBLE")


def test_list_splits_on_commas_with_surrounding_whitespace() -> None:
    assert parse_value(TOPIC["cleanup.policy"], " compact , delete ") == ("compact", "delete")
    assert parse_value(TOPIC["cleanup.policy"], "") == ()
    assert parse_value(TOPIC["cleanup.policy"], "compact,") == ("compact", "")


def test_null_stays_null() -> None:
    assert parse_value(TOPIC["retention.ms"], None) is None


# --- validators ---------------------------------------------------------------------------------

def test_range_messages() -> None:
    assert message_of(TOPIC["segment.bytes"], "1000") == (
        "Invalid value 1000 for configuration segment.bytes: Value must be at least 1048576")
    assert message_of(TOPIC["min.cleanable.dirty.ratio"], "1.5") == (
        "Invalid value 1.5 for configuration min.cleanable.dirty.ratio: "
        "Value must be no more than 1")
    assert message_of(TOPIC["retention.ms"], "-2") == (
        "Invalid value -2 for configuration retention.ms: Value must be at least -1")
    with pytest.raises(ConfigError, match="Value must be non-null"):
        Range(0, None).check("x", None)


def test_range_accepts_its_bounds() -> None:
    assert parse_and_validate(TOPIC["min.cleanable.dirty.ratio"], "1") == 1.0
    assert parse_and_validate(TOPIC["segment.bytes"], "1048576") == 1048576


def test_valid_string_is_case_sensitive() -> None:
    assert message_of(TOPIC["compression.type"], "GZIP") == (
        "Invalid value GZIP for configuration compression.type: String must be one of: "
        "uncompressed, zstd, lz4, snappy, gzip, producer")
    assert message_of(TOPIC["message.timestamp.type"], "createtime") == (
        "Invalid value createtime for configuration message.timestamp.type: "
        "String must be one of: CreateTime, LogAppendTime")
    assert parse_and_validate(TOPIC["compression.type"], " zstd ") == "zstd"


def test_case_insensitive_valid_string_lists_choices_upper_case() -> None:
    policy = BROKER["group.consumer.migration.policy"]
    assert parse_and_validate(policy, "UPGRADE") == "UPGRADE"
    assert message_of(policy, "sideways") == (
        "Invalid value sideways for configuration group.consumer.migration.policy: "
        "String must be one of (case insensitive): DISABLED, DOWNGRADE, UPGRADE, BIDIRECTIONAL")
    assert CaseInsensitiveValidString(("a",)).describe() == "(case insensitive) [A]"


def test_valid_list_entry_outside_the_allowed_set() -> None:
    assert message_of(TOPIC["cleanup.policy"], "compact,remove") == (
        "Invalid value remove for configuration cleanup.policy: "
        "String must be one of: compact, delete")


def test_valid_list_refuses_duplicates_and_empty_entries() -> None:
    assert message_of(TOPIC["cleanup.policy"], "delete,delete") == (
        "Configuration 'cleanup.policy' values must not be duplicated.")
    assert message_of(TOPIC["cleanup.policy"], "delete,") == (
        "Configuration 'cleanup.policy' values must not be empty.")


def test_valid_list_empty_and_null_rules() -> None:
    assert parse_and_validate(TOPIC["cleanup.policy"], "") == ()
    assert message_of(BROKER["listeners"], "") == (
        "Configuration 'listeners' must not be empty. Valid values include: any non-empty value")
    assert message_of(BROKER["listeners"], None) == (
        "Configuration 'listeners' values must not be null.")
    assert parse_and_validate(BROKER["log.dirs"], None) is None
    empty_forbidden = ValidList(("a", "b"), is_empty_allowed=False)
    with pytest.raises(ConfigError, match=r"Valid values include: \[a, b\]"):
        empty_forbidden.check("x", ())
    assert any_non_duplicate_values(is_empty_allowed=True, is_null_allowed=False).describe() == ""
    assert empty_forbidden.describe() == "[a, b]"


def test_gzip_level_allows_one_to_nine_or_minus_one() -> None:
    level = TOPIC["compression.gzip.level"]
    assert parse_and_validate(level, "-1") == -1
    assert parse_and_validate(level, "9") == 9
    for bad in ("0", "10", "-2"):
        assert message_of(level, bad) == (
            f"Invalid value {bad} for configuration compression.gzip.level: "
            "Value must be between 1 and 9 or equal to -1")
    assert GzipLevel().describe() == "[1,...,9] or -1"


def test_lz4_and_zstd_levels() -> None:
    assert message_of(TOPIC["compression.lz4.level"], "18") == (
        "Invalid value 18 for configuration compression.lz4.level: Value must be no more than 17")
    assert parse_and_validate(TOPIC["compression.zstd.level"], "-131072") == -131072
    assert message_of(TOPIC["compression.zstd.level"], "23").endswith("no more than 22")


def test_throttled_replica_list() -> None:
    replicas = TOPIC["leader.replication.throttled.replicas"]
    assert parse_and_validate(replicas, "0:1, 1:2") == ("0:1", "1:2")
    assert parse_and_validate(replicas, "*") == ("*",)
    assert message_of(replicas, "0-1") == (
        "Invalid value [0-1] for configuration leader.replication.throttled.replicas: "
        "leader.replication.throttled.replicas must be the literal '*' or a list of replicas in "
        "the following format: [partitionId]:[brokerId],[partitionId]:[brokerId],...")
    assert ThrottledReplicaList().describe().startswith("[partitionId]")


def test_validator_descriptions_match_kafka_docs() -> None:
    assert Range(1, None).describe() == "[1,...]"
    assert Range(0, 1).describe() == "[0,...,1]"
    assert Range(0.5, None).describe() == "[0.5,...]"
    assert ValidString(("x", "y")).describe() == "[x, y]"


# --- printing: ConfigDef.convertToString ----------------------------------------------------------

@pytest.mark.parametrize(("value", "text"), [
    (0.5, "0.5"), (100.0, "100.0"), (1e7, "1.0E7"), (1e-4, "1.0E-4"), (0.001, "0.001"),
    (1.7976931348623157e308, "1.7976931348623157E308"), (5e-324, "4.9E-324"),
    (2e23, "2.0E23"), (-0.0, "-0.0"), (math.inf, "Infinity"), (math.nan, "NaN"),
])
def test_doubles_print_as_java_does(value: float, text: str) -> None:
    assert java_double_to_string(value) == text


def test_values_print_as_kafka_does() -> None:
    assert format_value(TOPIC["preallocate"], True) == "true"
    assert format_value(TOPIC["retention.ms"], 2**63 - 1) == "9223372036854775807"
    assert format_value(TOPIC["cleanup.policy"], ("compact", "delete")) == "compact,delete"
    assert format_value(TOPIC["min.cleanable.dirty.ratio"], 0.5) == "0.5"
    assert format_value(TOPIC["retention.ms"], None) is None


def test_java_text_helpers() -> None:
    assert java_trim("\x00 a \x1f") == "a"
    assert java_trim("\u00a0a") == "\u00a0a"  # String.trim stops at U+0020
    assert java_split_comma("a,,b,,") == ["a", "", "b"]
    assert java_split_comma("") == [""]
    assert java_split_comma(",") == []
    assert parse_java_double("1e400") == math.inf
    assert parse_java_double("1_0") is None


def test_password_never_shows_its_secret() -> None:
    assert repr(Password("s3cret")) == "[hidden]"
    assert str(Password("s3cret")) == "[hidden]"


# --- round trips ----------------------------------------------------------------------------------

_JAVA_BLANK = "".join(chr(code) for code in range(0x21))
_WORD = st.text(min_size=1, max_size=12).filter(
    lambda text: "," not in text and text[0] not in _JAVA_BLANK and text[-1] not in _JAVA_BLANK)
_INTEGER_BITS = {ConfigType.SHORT: 16, ConfigType.INT: 32, ConfigType.LONG: 64}


def values_of(config_type: ConfigType) -> st.SearchStrategy[ConfigValue]:
    if config_type is ConfigType.BOOLEAN:
        return st.booleans()
    if config_type in _INTEGER_BITS:
        limit = 1 << (_INTEGER_BITS[config_type] - 1)
        return st.integers(-limit, limit - 1)
    if config_type is ConfigType.DOUBLE:
        return st.floats(allow_nan=False)
    if config_type is ConfigType.LIST:
        return st.lists(_WORD, max_size=4).map(tuple)
    if config_type is ConfigType.PASSWORD:
        return _WORD.map(Password)
    return _WORD


ALL_DEFINITIONS = [*TOPIC_DEFINITIONS.values(), *BROKER_DEFINITIONS.values()]


@given(data=st.data())
def test_parse_of_format_is_identity_for_every_typed_config(data: st.DataObject) -> None:
    definition = data.draw(st.sampled_from(ALL_DEFINITIONS))
    value = data.draw(values_of(definition.type))
    assert parse_value(definition, format_value(definition, value)) == value


@given(value=st.floats(allow_nan=False))
def test_java_double_text_parses_back_exactly(value: float) -> None:
    parsed = parse_java_double(java_double_to_string(value))
    assert parsed == value and math.copysign(1.0, parsed) == math.copysign(1.0, value)
