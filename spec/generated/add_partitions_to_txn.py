# generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json; do not edit
"""AddPartitionsToTxn (API key 24): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

__all__ = ['AddPartitionsToTxnRequest', 'AddPartitionsToTxnResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AddPartitionsToTxnRequest:
    """AddPartitionsToTxnRequest, API key 24: versions 0-5, flexible 3+."""

    API_KEY: ClassVar[int] = 24
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    transactions: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction, ...] = ()  # versions 4+
    v3_and_below_transactional_id: str = ''  # versions 0-3
    v3_and_below_producer_id: int = 0  # versions 0-3
    v3_and_below_producer_epoch: int = 0  # versions 0-3
    v3_and_below_topics: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, ...] = ()  # versions 0-3
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AddPartitionsToTxnTopic:
        """AddPartitionsToTxnRequest.AddPartitionsToTxnTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 2:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 2:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                writer.int32_items(items_partitions)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                writer.int32_items(items_partitions)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AddPartitionsToTxnRequest.AddPartitionsToTxnTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnRequest.AddPartitionsToTxnTopic:
            f_name: str
            f_partitions: tuple[int, ...]
            f_name = reader.string('AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.name') if version <= 2 else reader.compact_string('AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.name')
            if version <= 2:
                count_f_partitions = reader.array_length('AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.partitions')
            else:
                count_f_partitions = reader.compact_array_length('AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.tagged_fields')
            return _new_AddPartitionsToTxnRequest__AddPartitionsToTxnTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AddPartitionsToTxnTransaction:
        """AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction: versions 4+."""

        transactional_id: str = ''  # versions 4+
        producer_id: int = 0  # versions 4+
        producer_epoch: int = 0  # versions 4+
        verify_only: bool = False  # versions 4+
        topics: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, ...] = ()  # versions 4+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.transactional_id)
            writer.int64(self.producer_id)
            writer.int16(self.producer_epoch)
            writer.boolean(self.verify_only)
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction:
            f_transactional_id: str
            f_producer_id: int
            f_producer_epoch: int
            f_verify_only: bool
            f_topics: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, ...]
            f_transactional_id = reader.compact_string('AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.transactional_id')
            f_producer_id = reader.int64('AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.producer_id')
            f_producer_epoch = reader.int16('AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.producer_epoch')
            f_verify_only = reader.boolean('AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.verify_only')
            count_f_topics = reader.compact_array_length('AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.topics')
            read_f_topics = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.tagged_fields')
            return _new_AddPartitionsToTxnRequest__AddPartitionsToTxnTransaction(f_transactional_id, f_producer_id, f_producer_epoch, f_verify_only, f_topics, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            if self.transactions != ():
                raise EncodeError(f'AddPartitionsToTxnRequest.transactions is set, but version {version} lacks it')
        else:
            items_transactions = self.transactions
            writer.compact_array_length(items_transactions)
            for each_transactions in items_transactions:
                each_transactions.write(writer, version)
        if version <= 2:
            writer.string(self.v3_and_below_transactional_id)
        elif version <= 3:
            writer.compact_string(self.v3_and_below_transactional_id)
        else:
            if self.v3_and_below_transactional_id != '':
                raise EncodeError(f'AddPartitionsToTxnRequest.v3_and_below_transactional_id is set, but version {version} lacks it')
        if version <= 3:
            writer.int64(self.v3_and_below_producer_id)
        else:
            if self.v3_and_below_producer_id != 0:
                raise EncodeError(f'AddPartitionsToTxnRequest.v3_and_below_producer_id is set, but version {version} lacks it')
        if version <= 3:
            writer.int16(self.v3_and_below_producer_epoch)
        else:
            if self.v3_and_below_producer_epoch != 0:
                raise EncodeError(f'AddPartitionsToTxnRequest.v3_and_below_producer_epoch is set, but version {version} lacks it')
        if version <= 2:
            items_v3_and_below_topics = self.v3_and_below_topics
            writer.array_length(items_v3_and_below_topics)
            for each_v3_and_below_topics in items_v3_and_below_topics:
                each_v3_and_below_topics.write(writer, version)
        elif version <= 3:
            items_v3_and_below_topics = self.v3_and_below_topics
            writer.compact_array_length(items_v3_and_below_topics)
            for each_v3_and_below_topics in items_v3_and_below_topics:
                each_v3_and_below_topics.write(writer, version)
        else:
            if self.v3_and_below_topics != ():
                raise EncodeError(f'AddPartitionsToTxnRequest.v3_and_below_topics is set, but version {version} lacks it')
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AddPartitionsToTxnRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnRequest:
        f_transactions: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction, ...]
        f_v3_and_below_transactional_id: str
        f_v3_and_below_producer_id: int
        f_v3_and_below_producer_epoch: int
        f_v3_and_below_topics: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, ...]
        if version <= 3:
            f_transactions = ()
        else:
            count_f_transactions = reader.compact_array_length('AddPartitionsToTxnRequest.transactions')
            read_f_transactions = AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.read
            f_transactions = tuple([read_f_transactions(reader, version) for _ in range(count_f_transactions)])
        if version <= 2:
            f_v3_and_below_transactional_id = reader.string('AddPartitionsToTxnRequest.v3_and_below_transactional_id')
        elif version <= 3:
            f_v3_and_below_transactional_id = reader.compact_string('AddPartitionsToTxnRequest.v3_and_below_transactional_id')
        else:
            f_v3_and_below_transactional_id = ''
        f_v3_and_below_producer_id = reader.int64('AddPartitionsToTxnRequest.v3_and_below_producer_id') if version <= 3 else 0
        f_v3_and_below_producer_epoch = reader.int16('AddPartitionsToTxnRequest.v3_and_below_producer_epoch') if version <= 3 else 0
        if version <= 2:
            count_f_v3_and_below_topics = reader.array_length('AddPartitionsToTxnRequest.v3_and_below_topics')
            read_f_v3_and_below_topics = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.read
            f_v3_and_below_topics = tuple([read_f_v3_and_below_topics(reader, version) for _ in range(count_f_v3_and_below_topics)])
        elif version <= 3:
            count_f_v3_and_below_topics = reader.compact_array_length('AddPartitionsToTxnRequest.v3_and_below_topics')
            read_f_v3_and_below_topics = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.read
            f_v3_and_below_topics = tuple([read_f_v3_and_below_topics(reader, version) for _ in range(count_f_v3_and_below_topics)])
        else:
            f_v3_and_below_topics = ()
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('AddPartitionsToTxnRequest.tagged_fields')
        return _new_AddPartitionsToTxnRequest(f_transactions, f_v3_and_below_transactional_id, f_v3_and_below_producer_id, f_v3_and_below_producer_epoch, f_v3_and_below_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddPartitionsToTxnRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddPartitionsToTxnRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AddPartitionsToTxnRequest:
        check_decode_version(version, 'AddPartitionsToTxnRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddPartitionsToTxnRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AddPartitionsToTxnResponse:
    """AddPartitionsToTxnResponse, API key 24: versions 0-5, flexible 3+."""

    API_KEY: ClassVar[int] = 24
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 4+; ignorable
    results_by_transaction: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnResult, ...] = ()  # versions 4+
    results_by_topic_v3_and_below: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, ...] = ()  # versions 0-3
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AddPartitionsToTxnTopicResult:
        """AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult: versions 0+."""

        name: str = ''  # versions 0+
        results_by_partition: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 2:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 2:
                items_results_by_partition = self.results_by_partition
                writer.array_length(items_results_by_partition)
                for each_results_by_partition in items_results_by_partition:
                    each_results_by_partition.write(writer, version)
            else:
                items_results_by_partition = self.results_by_partition
                writer.compact_array_length(items_results_by_partition)
                for each_results_by_partition in items_results_by_partition:
                    each_results_by_partition.write(writer, version)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult:
            f_name: str
            f_results_by_partition: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, ...]
            f_name = reader.string('AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.name') if version <= 2 else reader.compact_string('AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.name')
            if version <= 2:
                count_f_results_by_partition = reader.array_length('AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.results_by_partition')
                read_f_results_by_partition = AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.read
                f_results_by_partition = tuple([read_f_results_by_partition(reader, version) for _ in range(count_f_results_by_partition)])
            else:
                count_f_results_by_partition = reader.compact_array_length('AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.results_by_partition')
                read_f_results_by_partition = AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.read
                f_results_by_partition = tuple([read_f_results_by_partition(reader, version) for _ in range(count_f_results_by_partition)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.tagged_fields')
            return _new_AddPartitionsToTxnResponse__AddPartitionsToTxnTopicResult(f_name, f_results_by_partition, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AddPartitionsToTxnPartitionResult:
        """AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult: versions 0+."""

        partition_index: int = 0  # versions 0+
        partition_error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.partition_error_code)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult:
            f_partition_index: int
            f_partition_error_code: int
            f_partition_index = reader.int32('AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.partition_index')
            f_partition_error_code = reader.int16('AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.partition_error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.tagged_fields')
            return _new_AddPartitionsToTxnResponse__AddPartitionsToTxnPartitionResult(f_partition_index, f_partition_error_code, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AddPartitionsToTxnResult:
        """AddPartitionsToTxnResponse.AddPartitionsToTxnResult: versions 4+."""

        transactional_id: str = ''  # versions 4+
        topic_results: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, ...] = ()  # versions 4+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.transactional_id)
            items_topic_results = self.topic_results
            writer.compact_array_length(items_topic_results)
            for each_topic_results in items_topic_results:
                each_topic_results.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnResponse.AddPartitionsToTxnResult:
            f_transactional_id: str
            f_topic_results: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, ...]
            f_transactional_id = reader.compact_string('AddPartitionsToTxnResponse.AddPartitionsToTxnResult.transactional_id')
            count_f_topic_results = reader.compact_array_length('AddPartitionsToTxnResponse.AddPartitionsToTxnResult.topic_results')
            read_f_topic_results = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.read
            f_topic_results = tuple([read_f_topic_results(reader, version) for _ in range(count_f_topic_results)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AddPartitionsToTxnResponse.AddPartitionsToTxnResult.tagged_fields')
            return _new_AddPartitionsToTxnResponse__AddPartitionsToTxnResult(f_transactional_id, f_topic_results, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 3:
            pass
        else:
            writer.int16(self.error_code)
        if version <= 3:
            if self.results_by_transaction != ():
                raise EncodeError(f'AddPartitionsToTxnResponse.results_by_transaction is set, but version {version} lacks it')
        else:
            items_results_by_transaction = self.results_by_transaction
            writer.compact_array_length(items_results_by_transaction)
            for each_results_by_transaction in items_results_by_transaction:
                each_results_by_transaction.write(writer, version)
        if version <= 2:
            items_results_by_topic_v3_and_below = self.results_by_topic_v3_and_below
            writer.array_length(items_results_by_topic_v3_and_below)
            for each_results_by_topic_v3_and_below in items_results_by_topic_v3_and_below:
                each_results_by_topic_v3_and_below.write(writer, version)
        elif version <= 3:
            items_results_by_topic_v3_and_below = self.results_by_topic_v3_and_below
            writer.compact_array_length(items_results_by_topic_v3_and_below)
            for each_results_by_topic_v3_and_below in items_results_by_topic_v3_and_below:
                each_results_by_topic_v3_and_below.write(writer, version)
        else:
            if self.results_by_topic_v3_and_below != ():
                raise EncodeError(f'AddPartitionsToTxnResponse.results_by_topic_v3_and_below is set, but version {version} lacks it')
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AddPartitionsToTxnResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AddPartitionsToTxnResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_results_by_transaction: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnResult, ...]
        f_results_by_topic_v3_and_below: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, ...]
        f_throttle_time_ms = reader.int32('AddPartitionsToTxnResponse.throttle_time_ms')
        f_error_code = 0 if version <= 3 else reader.int16('AddPartitionsToTxnResponse.error_code')
        if version <= 3:
            f_results_by_transaction = ()
        else:
            count_f_results_by_transaction = reader.compact_array_length('AddPartitionsToTxnResponse.results_by_transaction')
            read_f_results_by_transaction = AddPartitionsToTxnResponse.AddPartitionsToTxnResult.read
            f_results_by_transaction = tuple([read_f_results_by_transaction(reader, version) for _ in range(count_f_results_by_transaction)])
        if version <= 2:
            count_f_results_by_topic_v3_and_below = reader.array_length('AddPartitionsToTxnResponse.results_by_topic_v3_and_below')
            read_f_results_by_topic_v3_and_below = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.read
            f_results_by_topic_v3_and_below = tuple([read_f_results_by_topic_v3_and_below(reader, version) for _ in range(count_f_results_by_topic_v3_and_below)])
        elif version <= 3:
            count_f_results_by_topic_v3_and_below = reader.compact_array_length('AddPartitionsToTxnResponse.results_by_topic_v3_and_below')
            read_f_results_by_topic_v3_and_below = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.read
            f_results_by_topic_v3_and_below = tuple([read_f_results_by_topic_v3_and_below(reader, version) for _ in range(count_f_results_by_topic_v3_and_below)])
        else:
            f_results_by_topic_v3_and_below = ()
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('AddPartitionsToTxnResponse.tagged_fields')
        return _new_AddPartitionsToTxnResponse(f_throttle_time_ms, f_error_code, f_results_by_transaction, f_results_by_topic_v3_and_below, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddPartitionsToTxnResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddPartitionsToTxnResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AddPartitionsToTxnResponse:
        check_decode_version(version, 'AddPartitionsToTxnResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddPartitionsToTxnResponse')
        return result


_SET_AddPartitionsToTxnRequest__AddPartitionsToTxnTopic: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnRequest.AddPartitionsToTxnTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnRequest__AddPartitionsToTxnTopic(name: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnRequest.AddPartitionsToTxnTopic:
    instance_: AddPartitionsToTxnRequest.AddPartitionsToTxnTopic = object.__new__(AddPartitionsToTxnRequest.AddPartitionsToTxnTopic)
    set0_, set1_, set2_, = _SET_AddPartitionsToTxnRequest__AddPartitionsToTxnTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddPartitionsToTxnRequest__AddPartitionsToTxnTransaction: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction)[name].__set__ for name in ('transactional_id', 'producer_id', 'producer_epoch', 'verify_only', 'topics', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnRequest__AddPartitionsToTxnTransaction(transactional_id: str, producer_id: int, producer_epoch: int, verify_only: bool, topics: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction:
    instance_: AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction = object.__new__(AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_AddPartitionsToTxnRequest__AddPartitionsToTxnTransaction
    set0_(instance_, transactional_id)
    set1_(instance_, producer_id)
    set2_(instance_, producer_epoch)
    set3_(instance_, verify_only)
    set4_(instance_, topics)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddPartitionsToTxnRequest: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnRequest)[name].__set__ for name in ('transactions', 'v3_and_below_transactional_id', 'v3_and_below_producer_id', 'v3_and_below_producer_epoch', 'v3_and_below_topics', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnRequest(transactions: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction, ...], v3_and_below_transactional_id: str, v3_and_below_producer_id: int, v3_and_below_producer_epoch: int, v3_and_below_topics: tuple[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnRequest:
    instance_: AddPartitionsToTxnRequest = object.__new__(AddPartitionsToTxnRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_AddPartitionsToTxnRequest
    set0_(instance_, transactions)
    set1_(instance_, v3_and_below_transactional_id)
    set2_(instance_, v3_and_below_producer_id)
    set3_(instance_, v3_and_below_producer_epoch)
    set4_(instance_, v3_and_below_topics)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddPartitionsToTxnResponse__AddPartitionsToTxnTopicResult: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult)[name].__set__ for name in ('name', 'results_by_partition', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnResponse__AddPartitionsToTxnTopicResult(name: str, results_by_partition: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult:
    instance_: AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult = object.__new__(AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult)
    set0_, set1_, set2_, = _SET_AddPartitionsToTxnResponse__AddPartitionsToTxnTopicResult
    set0_(instance_, name)
    set1_(instance_, results_by_partition)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddPartitionsToTxnResponse__AddPartitionsToTxnPartitionResult: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult)[name].__set__ for name in ('partition_index', 'partition_error_code', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnResponse__AddPartitionsToTxnPartitionResult(partition_index: int, partition_error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult:
    instance_: AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult = object.__new__(AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult)
    set0_, set1_, set2_, = _SET_AddPartitionsToTxnResponse__AddPartitionsToTxnPartitionResult
    set0_(instance_, partition_index)
    set1_(instance_, partition_error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddPartitionsToTxnResponse__AddPartitionsToTxnResult: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnResponse.AddPartitionsToTxnResult)[name].__set__ for name in ('transactional_id', 'topic_results', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnResponse__AddPartitionsToTxnResult(transactional_id: str, topic_results: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnResponse.AddPartitionsToTxnResult:
    instance_: AddPartitionsToTxnResponse.AddPartitionsToTxnResult = object.__new__(AddPartitionsToTxnResponse.AddPartitionsToTxnResult)
    set0_, set1_, set2_, = _SET_AddPartitionsToTxnResponse__AddPartitionsToTxnResult
    set0_(instance_, transactional_id)
    set1_(instance_, topic_results)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddPartitionsToTxnResponse: tuple[Any, ...] = tuple(
    vars(AddPartitionsToTxnResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'results_by_transaction', 'results_by_topic_v3_and_below', 'unknown_tagged_fields', ))


def _new_AddPartitionsToTxnResponse(throttle_time_ms: int, error_code: int, results_by_transaction: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnResult, ...], results_by_topic_v3_and_below: tuple[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddPartitionsToTxnResponse:
    instance_: AddPartitionsToTxnResponse = object.__new__(AddPartitionsToTxnResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_AddPartitionsToTxnResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, results_by_transaction)
    set3_(instance_, results_by_topic_v3_and_below)
    set4_(instance_, unknown_tagged_fields)
    return instance_
