"""Money for a project that several parties run together, which no single party owns: the grant
has no party and names the project; the report the project owes is owed by the body the decision
names (`projektets styrgrupp`), else jointly by the parties the § names as running it, and where it names none the import says so for review. Minutes of our
own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, undoubted, view

MARCH = """Styrelsemöte 2027-2, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-03-15, kl. 13:00

§4 Ansökan om medel – Vägen framåt

Föredragande Kim Ek, förbundschef
Arbetsförmedlingen och Ronneby kommun har tillsammans sökt medel för en insats för unga
som varken arbetar eller studerar.

Styrelsen beslutade:
Beslut 2027-2 §04:1
Att bevilja 410 000 kronor till det gemensamma projektet Vägen framåt under 2027.
Beslut 2027-2 §04:2
Att projektets styrgrupp ska lämna en delrapport till styrelsen senast den 30 september 2027.

§5 Ansökan om medel – Hälsoslussen

Ärendet gäller en hälsosluss på vårdcentralerna i västra länet.

Styrelsen beslutade:
Beslut 2027-2 §05:1
Att bevilja insatsen Hälsoslussen, som bedrivs av Region Blekinge och Försäkringskassan, 275 000 kr för 2027.
Beslut 2027-2 §05:2
Att insatsen ska återrapportera till styrelsen i november 2027.

§6 Ansökan om medel – Kompassen

Ansökan kommer från flera av förbundets parter.

Styrelsen beslutade:
Beslut 2027-2 §06:1
Att bevilja projektet Kompassen 150 000 kr för 2027.
Beslut 2027-2 §06:2
Att projektet lämnar en slutrapport senast den 31 januari 2028.
"""

MAY = """Styrelsemöte 2027-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-05-10, kl. 09:00

§3 Rättelse av beloppet till Vägen framåt

Styrelsen beslutade:
Beslut 2027-3 §03:1
Att rätta Beslut 2027-2 §04:1 så att beloppet uppgår till 401 000 kr.
"""


def test_a_grant_to_a_joint_project_names_the_project_and_no_party(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    grants = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2027-12-31")}
    assert (grants["2027-2 §04:1"]["party"], grants["2027-2 §04:1"]["amount_sek"], grants["2027-2 §04:1"]["year"]) == (
        None, 410_000, 2027)
    assert "Vägen framåt" in grants["2027-2 §04:1"]["purpose"]
    assert (grants["2027-2 §05:1"]["party"], grants["2027-2 §05:1"]["purpose"]) == (None, "Hälsoslussen")
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2027-12-31")}
    assert kinds["2027-2 §04:1"] == kinds["2027-2 §06:1"] == "grant"
    assert view(cli, "plans", "--as-of", "2027-12-31") == []


def test_a_projects_report_is_owed_by_the_parties_the_paragraph_names_as_running_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    run = follow_up(cli, "2027-2 §05:2", "2027-04-01")
    assert (run["kind"], run["responsible"]) == ("report", "Region Blekinge och Försäkringskassan")


def test_a_projects_report_owed_by_its_steering_group_is_owed_by_that_group_named_with_the_project(cli, tmp_path):
    """`projektets styrgrupp ska lämna en delrapport`: the decision names who owes it, though the §
    names the parties that applied."""
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    owed = follow_up(cli, "2027-2 §04:2", "2027-04-01")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "styrgruppen för Vägen framåt", "2027-09-30")


def test_a_projects_report_with_no_party_named_to_run_it_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    doubts = [r["what"] for r in undoubted(summary)]
    assert any(w.startswith("2027-2 §06:2: the § names no party running the project") for w in doubts), doubts
    assert any(w.startswith("2027-2 §06:1: money for Kompassen") for w in doubts), doubts
    assert not any(w.startswith(("2027-2 §04", "2027-2 §05")) for w in doubts), doubts
    owed = follow_up(cli, "2027-2 §06:2", "2027-04-01")
    assert (owed["kind"], owed["responsible"]) == ("report", "projektet Kompassen")


def test_a_correction_of_a_projects_grant_finds_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    grant = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2027-12-31")}["2027-2 §04:1"]
    assert (grant["party"], grant["amount_sek"]) == (None, 401_000)
    assert [(c["previous"], c["value"]) for c in grant["corrections"]] == [("410000", "401000")]


def test_a_grant_to_a_project_corrected_by_hand(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    result = cli("correct", "2027-2 §05:1", "--amount", "257000", "--reason", "siffrorna omkastade")
    assert result.exit_code == 0, result.output
    grant = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2027-12-31")}["2027-2 §05:1"]
    assert (grant["party"], grant["amount_sek"], grant["purpose"]) == (None, 257_000, "Hälsoslussen")


def test_a_grant_to_a_project_recorded_by_hand_names_no_party(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    neither = cli("grant", "--amount", "90000", "--by", "2027-2 §04:1")
    assert neither.exit_code == 2 and "name either a party or a project" in neither.output
    result = cli("grant", "--project", "Vägen framåt", "--amount", "90000", "--by", "2027-2 §04:1", "--year", "2028")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "granted 90000 kr to Vägen framåt by 2027-2 §04:1"
    grant = {g["year"]: g for g in view(cli, "grants", "--as-of", "2027-12-31") if g["decision"] == "2027-2 §04:1"}[2028]
    assert (grant["party"], grant["purpose"], grant["amount_sek"]) == (None, "Vägen framåt", 90_000)


def test_a_review_names_the_project_granted_and_accepting_it_records_the_same(cli, tmp_path):
    march, review = minutes(tmp_path, "mars.txt", MARCH), tmp_path / "mars.toml"
    assert cli("import-minutes", str(march), "--review", str(review)).exit_code == 0
    said = review.read_text(encoding="utf-8")
    assert 'grants = [{project = "Vägen framåt", year = 2027, amount_sek = 410000' in said
    accepted = cli("import-minutes", str(march), "--accept", str(review))
    assert accepted.exit_code == 0, accepted.output
    grant = {g["decision"]: g for g in view(cli, "grants", "--as-of", "2027-12-31")}["2027-2 §04:1"]
    assert (grant["party"], grant["purpose"]) == (None, "Vägen framåt")


AUGUST = """Styrelsemöte 2027-4, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-08-23, kl. 13:00

§8 Projektansökan "Trappsteget", Sölvesborgs kommun

Sölvesborgs kommun, socialförvaltningen, söker medel för projektet "Trappsteget", en insats för
nyanlända kvinnor. Sökt belopp är 260 000 kr.

Styrelsen beslutade:
Beslut 2027-4 §08:1
Att projektet "Trappsteget" beviljas 260 000 kr för 2027.
"""


def test_money_for_a_project_one_party_applies_for_alone_is_that_partys_grant_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "augusti.txt", AUGUST))
    grant, = view(cli, "grants", "--as-of", "2027-12-31")
    assert (grant["party"], grant["amount_sek"]) == ("Sölvesborgs kommun", 260_000)
    assert "Trappsteget" in grant["purpose"]
    doubts = [r["what"] for r in undoubted(summary)]
    assert any(w.startswith("2027-4 §08:1: money for Trappsteget, which only Sölvesborgs kommun") for w in doubts), doubts


def test_money_for_a_project_the_section_calls_joint_stays_the_projects_whoever_applied(cli, tmp_path):
    imported(cli, minutes(tmp_path, "augusti.txt", AUGUST.replace("en insats för", "en gemensam insats för")))
    grant, = view(cli, "grants", "--as-of", "2027-12-31")
    assert (grant["party"], grant["purpose"]) == (None, "Trappsteget")
