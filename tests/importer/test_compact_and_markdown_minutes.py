"""Two ways of writing minutes that hid every decision (#24): compact minutes whose § is one
paragraph, its heading running into its text (`§ 4. Plan för Karlskrona. … Beslut: att …`), and
minutes exported from a document tool as Markdown (`## § 4`, `**Beslut:**`, `[Bilaga](…)`,
pipe tables). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

COMPACT = """Styrelsemöte 2027-6, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2027-09-14, kl. 09:00

§ 4. Plan för Karlskrona. Kommunens plan presenterades av LSG:s ordförande och diskuterades. Beslut: att fastställa Karlskrona kommuns FINSAM-plan 2027 och bevilja 500 000 kr för planen samt att Karlskrona kommun ska redovisa läget i oktober 2027.

§ 5. Lokaler. Kansliets hyresavtal löper ut vid årsskiftet. Uppdrogs åt förbundschefen att till nästa möte ta fram förslag på nya lokaler.

§ 6. Information från parterna. Försäkringskassan berättade om sin nya organisation i länet.

§ 7. Ansökan från St. Petri församling
Ansökan behandlades inte.
"""

MARKDOWN = """# Styrelsemöte 2027-7, Samordningsförbundet i Blekinge län

**Tid och plats:** Måndag 2027-11-08, kl. 13:00, Karlshamn

| Namn | Organisation |
|---|---|
| Eva Lund | Region Blekinge |

## § 3 Ronneby kommuns plan

Kommunen har lämnat in sin plan, se [Bilaga 1](https://example.org/bilaga-1.pdf).

**Beslut:**
* Styrelsen fastställer Ronneby kommuns FINSAM-plan 2028 och beviljar 700 000 kr för dess genomförande.

## § 4 Kommunikation

*Dnr 2027/12*

**Beslut:** Styrelsen ger förbundschefen i uppdrag att ta fram en kommunikationsplan till nästa möte.
"""


def test_a_heading_that_runs_into_its_text_has_its_decisions_read_clause_by_clause(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "kompakt.txt", COMPACT))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2027-12-31")}
    assert kinds == {"2027-6 §04:1": "plan", "2027-6 §04:2": "report", "2027-6 §05:1": "assignment"}
    titles = {p["number"]: p["title"] for p in summary["paragraphs"]}
    assert titles[4] == "Plan för Karlskrona" and titles[7] == "Ansökan från St. Petri församling"
    report = follow_up(cli, "2027-6 §04:2", "2027-09-20")
    assert (report["responsible"], report["due"]) == ("Karlskrona kommun", "2027-10")


def test_minutes_in_markdown_are_read_as_their_words(cli, tmp_path):
    imported(cli, minutes(tmp_path, "styrelsemote.md.txt", MARKDOWN))
    decided = {d["id"]: d for d in view(cli, "decisions", "--as-of", "2028-12-31")}
    assert {i: d["kind"] for i, d in decided.items()} == {"2027-7 §03:1": "plan", "2027-7 §04:1": "assignment"}
    assert "**" not in decided["2027-7 §04:1"]["text"]
    plans = {(p["party"], p["year"]): p["granted_sek"] for p in view(cli, "plans", "--as-of", "2028-12-31")}
    assert plans[("Ronneby kommun", 2028)] == 700_000


def test_markdown_markup_is_taken_off_only_where_the_text_is_markdown(cli, tmp_path):
    from register.minutes.readers.markdown import looks_like_markdown, unmarked

    assert looks_like_markdown(MARKDOWN.split("\n"))
    assert not looks_like_markdown(COMPACT.split("\n") + ["Kostnad 5 * 3 = 15 kr, se punkt *a*."])
    page_break = ["-" * 40, "Justerare ________   Ordförande ________   Sida 1 av 3"]
    assert not looks_like_markdown(page_break * 3)  # a page's rule and signature lines are no markup
    assert unmarked("## § 4 Kommunikation") == "§ 4 Kommunikation"
    assert unmarked("Se [Bilaga 1](https://example.org/b.pdf) och **Beslut:**") == "Se Bilaga 1 och Beslut:"
    assert unmarked("* Styrelsen fastställer planen.") == "* Styrelsen fastställer planen."


UNSEEN = """Styrelsemöte 2027-8, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2027-12-14, kl. 09:00

§ 2 Val av justerare
Eva Lund utsågs att justera protokollet.

§ 3 Styrelsen beslutade efter diskussion om förbundets plan att fastställa den och bevilja 300 000 kronor till Karlskrona kommun för året
"""


def test_minutes_whose_layout_hides_every_decision_are_refused_not_recorded_as_deciding_nothing(cli, store, tmp_path):
    from tests.conftest import stored_events

    result = cli("import-minutes", str(minutes(tmp_path, "dold.txt", UNSEEN)))
    assert result.exit_code == 2, result.output
    # The heading that holds the decision is named, whichever check sees it first.
    assert "line 9" in result.output and ("the heading at line 9 says" in result.output or "read like decisions" in result.output)
    assert stored_events(store) == 0


def test_an_item_numbered_without_a_section_sign_may_open_its_title_with_a_quotation_mark(cli, tmp_path):
    numbered = MARKDOWN.replace("## § 3 Ronneby kommuns plan", "### 2. Öppnande\nMötet öppnades.\n\n### 3. Ronneby kommuns plan").replace(
        "## § 4 Kommunikation", '### 4. "Synas mer" – kommunikation').replace("## ", "### ")
    imported(cli, minutes(tmp_path, "numrerat.md.txt", numbered))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2028-12-31")}
    assert kinds == {"2027-7 §03:1": "plan", "2027-7 §04:1": "assignment"}


LATER = """Styrelsemöte 2027-7, Samordningsförbundet i Blekinge län

Tid och plats
Tisdag 2027-10-12, kl. 09:00

§ 8. Föregående protokoll. Protokoll nr 6/2027 lades till handlingarna.

§ 9. Läget i Karlskrona. Karlskrona kommun lämnade den rapport om läget som styrelsen begärde den 14 september 2027 (§ 4). Rapporten lades till handlingarna.

§ 10. Projektet Nya steg. Olofströms kommun söker 200 000 kr för projektet. Eva Lund yrkade avslag. Votering begärdes. Voteringen utföll med 5 ja-röster mot 2 nej-röster. Beslut: att bevilja Olofströms kommun 200 000 kr för projektet Nya steg 2027. Mot beslutet reserverade sig Eva Lund. Därefter beslöts enhälligt att Olofströms kommun ska lämna en slutrapport senast den 31 januari 2028.
"""


def test_a_run_in_paragraphs_text_votes_and_later_decisions_stay_with_their_own_paragraph(cli, tmp_path):
    imported(cli, minutes(tmp_path, "kompakt.txt", COMPACT))
    imported(cli, minutes(tmp_path, "oktober.txt", LATER))
    decided = {d["id"]: d for d in view(cli, "decisions", "--as-of", "2027-12-31") if d["id"].startswith("2027-7")}
    assert {i: d["kind"] for i, d in decided.items()} == {"2027-7 §10:1": "grant", "2027-7 §10:2": "report"}
    granted = decided["2027-7 §10:1"]
    assert (granted["votes"], [p["name"] for p in granted["reservations"]]) == (
        {"for": 5, "against": 2, "abstained": 0}, ["Eva Lund"])
    # Karlskrona's report is delivered in § 9, which cites it; not by § 8, a formality.
    trace = view(cli, "trace", "2027-6 §04:2", "--as-of", "2027-12-31")
    assert [e["detail"] for e in trace["events"] if e["event"] == "fulfilled"] == [
        "follow-up from 2027-6 §04:2: 2027-7 §09 (by date and §)"]
