"""The ledger on PostgreSQL: eventsourcing's PostgreSQL recorder plus ledger and chain rows.

Kept apart from `register.ledger` so SQLite users never import psycopg.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder
from psycopg import Cursor
from psycopg.rows import DictRow
from psycopg.sql import SQL, Identifier

from register.ledger import GENESIS, LEDGER_TABLES, chain_rows, ledger_row


class LedgerPostgresRecorder(PostgresApplicationRecorder):
    def __init__(self, datastore: Any, *, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name=events_table_name)
        schema = Identifier(self.datastore.schema)
        for statement in LEDGER_TABLES:
            # Tables are schema-qualified; index names may not be.
            qualified = statement.replace("INTEGER", "BIGINT").replace("TABLE IF NOT EXISTS register_", "TABLE IF NOT EXISTS {schema}.register_")
            self.sql_create_statements.append(SQL(qualified.replace("ON register_", "ON {schema}.register_")).format(schema=schema))  # type: ignore[arg-type]
        self._last_digest = SQL("SELECT digest FROM {schema}.register_chain ORDER BY position DESC LIMIT 1").format(schema=schema)
        self._insert_chain = SQL("INSERT INTO {schema}.register_chain VALUES (%s, %s)").format(schema=schema)
        self._last_save = SQL("SELECT digest FROM {schema}.register_ledger ORDER BY first_position DESC LIMIT 1").format(schema=schema)
        self._insert_ledger = SQL("INSERT INTO {schema}.register_ledger VALUES (%s, %s, %s, %s, %s)").format(schema=schema)

    def _fetch_ids_after_insert_events(
        self, curs: Cursor[DictRow], stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        # Runs inside the insert's transaction, after the events table was locked and written: not
        # for speed, but because the library has no public hook there, and the chain must be written in it.
        positions = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        if not positions:
            return positions
        curs.execute(self._last_digest)
        found = curs.fetchone()
        chain = chain_rows(found["digest"] if found else GENESIS, positions, stored_events)
        curs.executemany(self._insert_chain, chain)
        curs.execute(self._last_save)
        found = curs.fetchone()
        curs.execute(self._insert_ledger, ledger_row(found["digest"] if found else GENESIS, chain, kwargs))
        return positions
