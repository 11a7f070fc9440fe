"""`register withhold`, `publish` and `withheld` as the secretary runs them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import stored_events


@pytest.fixture
def demo(cli):
    assert cli("demo").exit_code == 0


def test_withholding_lists_the_reason_and_the_trace_shows_it(cli, demo):
    said = cli("withhold", "2025-7 §13:1", "--reason", "personuppgifter")
    assert said.exit_code == 0 and said.output == "withheld 2025-7 §13:1 from publication: personuppgifter\n"
    listed = json.loads(cli("withheld", "--format", "json").output)
    assert listed == [{"ref": "2025-7 §13:1", "reason": "personuppgifter", "meeting": "2025-7"}]
    trace = json.loads(cli("trace", "2025-7 §13:1", "--format", "json").output)["events"]
    assert {"date": "2025-12-08", "meeting": "2025-7", "event": "withheld from publication",
            "detail": "2025-7 §13:1: personuppgifter",
            "concerns": {"decisions": ["2025-7 §13:1"], "items": [], "follow_ups": [], "meetings": []},
            "data": {"ref": "2025-7 §13:1", "reason": "personuppgifter"}} in trace
    assert cli("publish", "2025-7 §13:1").output == "published 2025-7 §13:1 again\n"
    assert json.loads(cli("withheld", "--format", "json").output) == []


@pytest.mark.parametrize(("args", "said"), [
    (("withhold", "2025-7 §99:1", "--reason", "x"), "decision 2025-7 §99:1 is not recorded at meeting 2025-7"),
    (("withhold", "2025-7 §13:1", "--reason", ""), "needs a reason"),
    (("withhold", "2030-1 §01:1", "--reason", "x"), "meeting 2030-1 is not recorded"),
    (("publish", "2025-7 §13:1"), "is not withheld from publication"),
])
def test_a_refused_withholding_exits_2_says_why_and_writes_nothing(cli, demo, store, args, said):
    before = stored_events(store)
    result = cli(*args)
    assert result.exit_code == 2
    assert said in result.output
    assert stored_events(store) == before
