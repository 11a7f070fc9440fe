"""The read model's JSON: the same text the standard encoder writes, built faster."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from projections.describe import to_json


@pytest.mark.parametrize("value", [
    {},
    {"id": "2025-7 §07:1", "text": "Att fastställa Karlskrona kommuns FINSAM-plan 2026.", "cites": [], "matter": None},
    {"by": ["Åsa Öberg", "Niklas Joelsson"], "amount_sek": 3_578_000, "nested": {"ok": True, "tab": "a\tb\"c"}},
    ["2026-05", None, 0, -1],
])
def test_stored_json_is_what_the_standard_encoder_writes(value):
    assert to_json(value) == json.JSONEncoder(ensure_ascii=False).encode(value)
    assert json.loads(to_json(value)) == value


def test_a_value_that_is_not_plain_data_is_refused():
    with pytest.raises(TypeError, match="date is not plain data"):
        to_json({"date": dt.date(2026, 1, 1)})
