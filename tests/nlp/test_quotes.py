"""Quote stage: boundaries, kinds, cues, speakers and continuations on small written texts."""

from __future__ import annotations

import pytest

from dyadline.coder import Coder
from dyadline.nlp.quotes import find_marked_quotes
from dyadline.records import Quote


def _quotes(coder: Coder, text: str) -> list[Quote]:
    return coder.code(text, date="2024-05-15").quotes


def _one(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’")],
)
def test_find_marked_quotes_every_mark_style(opening: str, closing: str) -> None:
    text = f"The mayor said: {opening}The bridge will reopen in June.{closing} Then she left."
    marked = list(find_marked_quotes(text))
    assert [text[m.start : m.end] for m in marked] == ["The bridge will reopen in June."]


def test_find_marked_quotes_unclosed_quote_ends_at_paragraph() -> None:
    text = "“The first part runs on.\n\n“And the second one closes.”"
    parts = [text[m.start : m.end] for m in find_marked_quotes(text)]
    assert parts == ["The first part runs on.", "And the second one closes."]


def test_find_marked_quotes_apostrophe_is_not_a_closing_mark() -> None:
    text = "‘The council’s vote was wrong,’ he said."
    assert [text[m.start : m.end] for m in find_marked_quotes(text)] == [
        "The council’s vote was wrong,"
    ]


def test_quotes_split_direct_quote_continues_first_part(coder: Coder) -> None:
    text = "“The harbour is closed,” the port director said, “and it will stay closed all week.”"
    quotes = _quotes(coder, text)
    first = _one(quotes, "harbour is closed")
    second = _one(quotes, "stay closed")
    assert first.kind == second.kind == "direct"
    assert first.text == "The harbour is closed,"
    assert second.continues == quotes.index(first)
    assert first.speaker_text is not None and first.speaker_text.endswith("director")
    assert second.speaker_text == first.speaker_text
    assert first.cue == "said"


def test_quotes_paragraph_quote_carries_on(coder: Coder) -> None:
    text = (
        "“We have waited three years for this road,” said Anna Berg, a farmer. "
        "“Every winter the trucks got stuck.\n\n“Now the village can sell its milk in town.”"
    )
    quotes = _quotes(coder, text)
    last = _one(quotes, "sell its milk")
    middle = _one(quotes, "trucks got stuck")
    assert last.continues == quotes.index(middle)
    assert middle.continues == quotes.index(_one(quotes, "waited three years"))


def test_quotes_bracketed_insertion_kept_in_content(coder: Coder) -> None:
    text = "“They [the rebels] have broken every promise,” the minister said."
    quote = _one(_quotes(coder, text), "broken every promise")
    assert quote.text == "They [the rebels] have broken every promise,"


def test_quotes_partial_quote_makes_one_mixed_quote(coder: Coder) -> None:
    text = "The governor said the new levy was “a tax on the poor” and would be withdrawn."
    quotes = _quotes(coder, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert "“a tax on the poor”" in quotes[0].text
    assert quotes[0].text.startswith("the new levy")


def test_quotes_indirect_drops_that_and_full_stop(coder: Coder) -> None:
    text = "The health minister warned that the clinics would run out of vaccines by April."
    quote = _one(_quotes(coder, text), "clinics")
    assert quote.kind == "indirect"
    assert quote.text == "the clinics would run out of vaccines by April"
    assert quote.cue == "warned"
    assert quote.speaker_text is not None and quote.speaker_text.endswith("minister")


def test_quotes_postposed_speaker(coder: Coder) -> None:
    text = "The ceasefire is holding in the north, a spokesman for the army said."
    quote = _one(_quotes(coder, text), "ceasefire")
    assert quote.text == "The ceasefire is holding in the north"
    assert quote.speaker_text is not None and "spokesman" in quote.speaker_text


def test_quotes_inverted_cue_finds_speaker_after_verb(coder: Coder) -> None:
    text = "«Nobody will leave the square tonight,» said a student leader in the crowd."
    quote = _one(_quotes(coder, text), "leave the square")
    assert quote.speaker_text is not None and "leader" in quote.speaker_text


def test_quotes_according_to(coder: Coder) -> None:
    text = "Some 400 families fled the valley last week, according to the local council."
    quote = _one(_quotes(coder, text), "families")
    assert quote.cue == "according to"
    assert quote.speaker_text is not None and quote.speaker_text.endswith("council")


def test_quotes_told_reporters_cue_keeps_audience(coder: Coder) -> None:
    text = "The senator told reporters that the bill had enough votes to pass."
    quote = _one(_quotes(coder, text), "enough votes")
    assert quote.cue == "told reporters"


def test_quotes_two_claims_joined_by_and_that(coder: Coder) -> None:
    text = "The mayor said the bridge was safe and that repairs would start in May."
    quotes = _quotes(coder, text)
    assert _one(quotes, "bridge was safe").text == "the bridge was safe"
    assert _one(quotes, "repairs").text == "repairs would start in May"


def test_quotes_scare_quote_is_not_a_quote(coder: Coder) -> None:
    text = "The group calls the new border rules a “wall” around the city."
    assert not [q for q in _quotes(coder, text) if q.kind == "direct"]


def test_quotes_speaker_role_from_appositive(coder: Coder) -> None:
    text = "“Prices will fall by summer,” said Lena Ortiz, an economist at a bank in Lima."
    quote = _one(_quotes(coder, text), "Prices will fall")
    assert quote.speaker_text == "Lena Ortiz"
    assert quote.speaker_role is not None and "economist" in quote.speaker_role


def test_quotes_double_apostrophes_as_marks(coder: Coder) -> None:
    text = "''The plan is sound and it is fair,'' the economist said."
    quote = _one(_quotes(coder, text), "plan is sound")
    assert quote.text == "The plan is sound and it is fair,"
    assert quote.kind == "direct"


def test_quotes_parenthetical_cue_splits_reported_sentence(coder: Coder) -> None:
    text = "The mill was the town's largest employer, the mayor said, until it closed in 1998."
    quotes = _quotes(coder, text)
    first = _one(quotes, "largest employer")
    second = _one(quotes, "closed in 1998")
    assert "said" not in first.text and "said" not in second.text
    assert second.continues == quotes.index(first)


def test_quotes_closing_mark_parsed_as_subject_keeps_speaker(coder: Coder) -> None:
    text = (
        "Chad's army said its troops had reached the border. "
        "«Our units held the line all night,» the army said in a statement."
    )
    record = coder.code(text, date="2024-05-15")
    quote = _one(record.quotes, "held the line")
    army = next(a for a in record.actors if any(text[s:e] == "Chad's army" for s, e in a.mentions))
    assert quote.speaker_text == "the army"
    assert quote.speaker is not None and quote.speaker.id == army.id


def test_quotes_definite_title_speaker_resolves_to_earlier_mention(coder: Coder) -> None:
    text = (
        "Ghana's finance minister, Kwame Mensah, opened the budget debate on Tuesday. "
        "The minister said the deficit would shrink next year."
    )
    quote = _one(_quotes(coder, text), "deficit would shrink")
    assert quote.speaker_text == "The minister"
    assert quote.speaker is not None and quote.speaker.name == "Kwame Mensah"


def test_quotes_name_apposed_to_a_title_is_the_speaker(coder: Coder) -> None:
    text = (
        "Egypt's election authority announced the final count on Monday. The head of the "
        "authority, Hazem Badawy, said turnout had been the highest in a decade."
    )
    quote = _one(_quotes(coder, text), "turnout had been")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.country) == ("Hazem Badawy", "EGY")


def test_quotes_kinship_noun_speaker_resolves_to_the_apposed_name(coder: Coder) -> None:
    text = (
        "Nadia Ferhat was sworn in as mayor on Monday. Her husband, former Interior "
        "Minister Omar Benali, said the family would stay out of politics."
    )
    quote = _one(_quotes(coder, text), "the family would stay")
    assert quote.speaker is not None and quote.speaker.name == "Omar Benali"


def test_quotes_clause_final_cue_takes_the_phrase_set_off_before_it(coder: Coder) -> None:
    text = "The army had retaken the town, a military source in Khartoum said."
    quote = _one(_quotes(coder, text), "retaken the town")
    assert quote.speaker_text is not None and quote.speaker_text.startswith("a military source")


def test_quotes_indefinite_title_speaker_is_not_linked_back(coder: Coder) -> None:
    text = (
        "Ghana's finance minister, Kwame Mensah, opened the budget debate on Tuesday. "
        "A minister said the deficit would shrink next year."
    )
    quote = _one(_quotes(coder, text), "deficit would shrink")
    assert quote.speaker is None or quote.speaker.name != "Kwame Mensah"


# -- attributions beyond speech verbs ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The governor wants to double the size of the rail network by 2030.",
            "to double the size of the rail network by 2030",
            "The governor",
        ),
        (
            "Union leaders called on the minister to resign over the leaked report.",
            "the minister to resign over the leaked report",
            "Union leaders",
        ),
        (
            "The senator cited a survey of farmers in three counties.",
            "a survey of farmers in three counties",
            "The senator",
        ),
        (
            "Environmental groups worry that the new mine will poison the river.",
            "the new mine will poison the river",
            "Environmental groups",
        ),
        (
            "The mayor's claim that the budget was balanced drew criticism.",
            "the budget was balanced",
            "The mayor",
        ),
    ],
)
def test_quotes_attitude_frames_report_content_and_speaker(
    coder: Coder, text: str, content: str, speaker: str
) -> None:
    quote = _one(_quotes(coder, text), content)
    assert quote.text == content
    assert quote.kind == "indirect"
    assert quote.speaker_text == speaker


def test_quotes_declining_to_comment_is_no_quote(coder: Coder) -> None:
    text = "The ministry declined to comment and did not respond to a request for comment."
    assert _quotes(coder, text) == []


def test_quotes_parenthetical_cue_splits_the_reported_clause(coder: Coder) -> None:
    text = "Climate change, the professor often says, is the greatest threat facing the region."
    quotes = _quotes(coder, text)
    first = _one(quotes, "Climate change")
    second = _one(quotes, "greatest threat")
    assert second.continues == quotes.index(first)
    assert first.speaker_text == "the professor"


def test_quotes_participle_with_its_own_object_reports_nothing_before_it(coder: Coder) -> None:
    text = "The campaign spent heavily in Ohio, emphasizing the threat to local jobs."
    assert all("spent heavily" not in q.text for q in _quotes(coder, text))


def test_quotes_colon_cue_takes_the_next_paragraph(coder: Coder) -> None:
    text = "The commentator added:\n\nNobody in this town believes the numbers any more."
    quote = _one(_quotes(coder, text), "Nobody in this town")
    assert quote.text == "Nobody in this town believes the numbers any more"
    assert quote.speaker_text == "The commentator"


def test_quotes_speaker_label_opens_a_transcript_turn(coder: Coder) -> None:
    text = (
        "Part of the interview follows.\n\n"
        "MORALES: We will not raise taxes on working families next year.\n\n"
        "Update: the interview was recorded on Monday."
    )
    quotes = _quotes(coder, text)
    turn = _one(quotes, "We will not raise taxes")
    assert turn.speaker_text == "MORALES"
    assert turn.text.startswith("We will not") and "MORALES" not in turn.text
    assert all("interview was recorded" not in q.text for q in quotes)


def test_quotes_speaker_stays_in_its_paragraph(coder: Coder) -> None:
    text = "Live updates\n\n10:45 a.m.\n\nThe governor said the bridge would reopen in June."
    quote = _one(_quotes(coder, text), "bridge would reopen")
    assert quote.speaker_text == "The governor"


def test_quotes_judgement_needs_what_completes_it(coder: Coder) -> None:
    bare = _quotes(coder, "The mayor condemned the police on Tuesday.")
    assert all(q.cue != "condemned" for q in bare)
    text = "The mayor condemned the police raid as a disgrace to the city."
    quote = _one(_quotes(coder, text), "police raid")
    assert quote.text == "the police raid as a disgrace to the city"


def test_quotes_second_complement_hung_on_the_cue_stays_in_the_content(coder: Coder) -> None:
    text = (
        "The auditor said the budget was balanced and, more worrying, would not cover the "
        "new pensions."
    )
    quote = _one(_quotes(coder, text), "budget was balanced")
    assert quote.text.endswith("would not cover the new pensions")


def test_quotes_subjectless_modal_conjunct_continues_the_report(coder: Coder) -> None:
    text = (
        "The agency says the tariff would lift prices this winter, but would ease inflation "
        "within two years."
    )
    quote = _one(_quotes(coder, text), "tariff would lift")
    assert quote.text.endswith("would ease inflation within two years")
    assert quote.speaker_text == "The agency"


def test_quotes_parenthetical_tell_keeps_both_parts(coder: Coder) -> None:
    text = (
        "The real test, the senator told me on Monday, is whether the ceasefire holds "
        "through the spring."
    )
    quotes = _quotes(coder, text)
    first = _one(quotes, "The real test")
    second = _one(quotes, "ceasefire holds")
    assert second.continues == quotes.index(first)
    assert first.speaker_text == "the senator"


def test_quotes_that_clause_parsed_as_relative_clause_of_the_audience(coder: Coder) -> None:
    text = (
        "Last month the envoy told a gathering of donors that the refugee camps were "
        "running out of water."
    )
    quote = _one(_quotes(coder, text), "refugee camps")
    assert quote.text == "the refugee camps were running out of water"
    assert quote.speaker_text == "the envoy"


def test_quotes_closing_cue_reports_both_coordinated_clauses(coder: Coder) -> None:
    text = (
        "The bridge was meant to reopen in May, but the contractor walked off the site "
        "before the work was done, a council official said."
    )
    quote = _one(_quotes(coder, text), "contractor walked off")
    assert quote.text.startswith("The bridge was meant to reopen in May")
    assert quote.speaker_text == "a council official"


def test_quotes_complement_after_a_time_phrase_on_the_cue(coder: Coder) -> None:
    text = "The governor said after the vote she would not sign the bill."
    quote = _one(_quotes(coder, text), "would not sign")
    assert quote.text.endswith("she would not sign the bill")
    assert quote.speaker_text == "The governor"


def test_quotes_fronted_condition_belongs_to_the_report(coder: Coder) -> None:
    quotes = _quotes(coder, "If the talks collapse, the minister warns, the border will close.")
    condition = _one(quotes, "If the talks collapse")
    assert _one(quotes, "border will close").continues == quotes.index(condition)


def test_quotes_fronted_time_of_saying_is_not_reported(coder: Coder) -> None:
    quotes = _quotes(coder, "On Friday, the minister said the border would close.")
    assert [q.text for q in quotes] == ["the border would close"]


def test_quotes_cue_in_relative_clause_reports_what_follows_it(coder: Coder) -> None:
    text = "The mayor cut the grants, which she said were wasted on consultants."
    quote = _one(_quotes(coder, text), "wasted on consultants")
    assert quote.text == "were wasted on consultants"
    assert quote.speaker_text == "she"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor hoped the council would approve the budget.", "the council would approve"),
        ("The mayor is hoping to finish the tunnel by June.", "to finish the tunnel"),
    ],
)
def test_quotes_hope_is_a_cue_in_every_form(coder: Coder, text: str, content: str) -> None:
    assert _one(_quotes(coder, text), content).speaker_text == "The mayor"


def test_quotes_hopped_is_not_hope(coder: Coder) -> None:
    assert _quotes(coder, "The mayor hopped on a train to see the council finish.") == []


def test_quotes_subject_before_the_marks_makes_a_mixed_quote(coder: Coder) -> None:
    text = 'The governor said the court\'s ruling "will force us to reopen the voter rolls."'
    quote = _one(_quotes(coder, text), "reopen the voter rolls")
    assert quote.kind == "mixed"
    assert quote.text.startswith("the court's ruling")
    assert quote.speaker_text == "The governor"


def test_quotes_cited_object_goes_on_past_a_conjunction(coder: Coder) -> None:
    text = "She cited her years as governor of Texas and as a U.S. senator in contrast to the businessman."
    quote = _one(_quotes(coder, text), "her years as governor")
    assert quote.text.endswith("as a U.S. senator in contrast to the businessman")


def test_quotes_list_after_a_common_noun_is_no_gloss(coder: Coder) -> None:
    text = (
        "The spokesman said the president has long called for tax fairness, the closure of "
        "loopholes and relief for families."
    )
    quote = _one(_quotes(coder, text), "tax fairness")
    assert quote.text.endswith("relief for families")


def test_quotes_appositive_to_a_name_is_a_gloss(coder: Coder) -> None:
    text = "The spokesman said the minister would meet Vladimir Putin, the Russian president."
    quote = _one(_quotes(coder, text), "Vladimir Putin")
    assert quote.text == "the minister would meet Vladimir Putin"


def test_quotes_that_clause_after_a_phrase_on_the_cue(coder: Coder) -> None:
    text = "The mayor tweeted in the early morning hours that the bridge was unsafe."
    quote = _one(_quotes(coder, text), "bridge was unsafe")
    assert quote.text == "the bridge was unsafe"
    assert quote.speaker_text == "The mayor"


def test_quotes_noun_cue_with_a_name_before_it_is_that_names(coder: Coder) -> None:
    text = "Rebels rejected a Pentagon report that the strike had hit a school."
    quote = _one(_quotes(coder, text), "strike had hit a school")
    assert quote.text == "the strike had hit a school"
    assert quote.speaker_text == "Pentagon"


def test_quotes_passive_description_by_a_speaker(coder: Coder) -> None:
    quotes = _quotes(coder, "The raid was described by officials as a success.")
    judged = _one(quotes, "The raid")
    judgement = _one(quotes, "a success")
    assert judgement.continues == quotes.index(judged)
    assert judgement.speaker_text == "officials"


def test_quotes_passive_judgement_keeps_speaker_apart_from_the_charge(coder: Coder) -> None:
    quotes = _quotes(coder, "The minister was accused by prosecutors of taking bribes.")
    assert _one(quotes, "taking bribes").speaker_text == "prosecutors"


@pytest.mark.parametrize(
    "text",
    ["The bill was praised by the governor.", "The bill was praised for its courage."],
)
def test_quotes_passive_without_judgement_or_speaker_is_no_quote(coder: Coder, text: str) -> None:
    assert _quotes(coder, text) == []


def test_quotes_colon_after_the_reported_clause_spells_it_out(coder: Coder) -> None:
    text = (
        "The economist notes that three things are happening at once: home prices are "
        "rising, interest rates are low and lenders are looser than before."
    )
    quote = _one(_quotes(coder, text), "three things")
    assert quote.text.endswith("lenders are looser than before")


def test_quotes_as_clause_set_off_by_commas_reports_the_sentence(coder: Coder) -> None:
    quotes = _quotes(
        coder, "The border, as the minister said on Friday, has been closed since May."
    )
    first = _one(quotes, "The border")
    second = _one(quotes, "closed since May")
    assert second.continues == quotes.index(first)
    assert second.speaker_text == "the minister"
    assert second.cue == "said"  # the day of saying is no channel


def test_quotes_as_clause_with_an_object_is_no_report_of_the_sentence(coder: Coder) -> None:
    quotes = _quotes(coder, "The crowd cheered as the minister explained the plan.")
    assert all("crowd cheered" not in q.text for q in quotes)


def test_quotes_head_clause_before_a_parenthetical_cue_is_reported(coder: Coder) -> None:
    text = (
        "But the smog had become so thick, the mayor noted, that the most-read page in the "
        "city was the daily air-quality report."
    )
    quotes = _quotes(coder, text)
    assert _one(quotes, "smog had become so thick").speaker_text == "the mayor"


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "She wants to triple the size of the youth program, grow the volunteer corps and "
            "create a new reserve.",
            "create a new reserve",
        ),
        (
            "The mayor planned to revive ticket sales at the bridge, then hand over the "
            "property as a state park.",
            "hand over the property as a state park",
        ),
    ],
)
def test_quotes_intention_goes_on_over_later_bare_infinitives(
    coder: Coder, text: str, last: str
) -> None:
    assert any(q.text.endswith(last) for q in _quotes(coder, text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Some senators were willing to back a smaller version of the farm bill.",
            "to back a smaller version of the farm bill",
            "Some senators",
        ),
        (
            "The mayor is confident that the new bridge will open before the winter.",
            "the new bridge will open before the winter",
            "The mayor",
        ),
        (
            "Farmers are worried about how the drought will affect the autumn harvest.",
            "how the drought will affect the autumn harvest",
            "Farmers",
        ),
        (
            "The union has been critical of the company's plans for the northern plant.",
            "the company's plans for the northern plant",
            "The union",
        ),
        (
            "The minister has been clear that the fuel tax will rise next spring.",
            "the fuel tax will rise next spring",
            "The minister",
        ),
    ],
)
def test_quotes_stance_adjective_reports_what_it_is_about(
    coder: Coder, text: str, content: str, speaker: str
) -> None:
    quote = _one(_quotes(coder, text), content)
    assert quote.text == content
    assert quote.speaker_text == speaker


def test_quotes_stance_adjective_without_a_holder_is_no_quote(coder: Coder) -> None:
    text = "It is clear that the fuel tax will rise next spring."
    assert _quotes(coder, text) == []


def test_quotes_stance_adjective_about_a_bare_name_is_no_quote(coder: Coder) -> None:
    text = "The union has been critical of Maria Lopez."
    assert _quotes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor attacked the mayor for his handling of the flood relief money.",
            "the mayor for his handling of the flood relief money",
        ),
        (
            "The senator voted against the farm bill because it cut rural clinics.",
            "the farm bill",
        ),
        (
            "The candidate promoted her plans for cheaper childcare in a speech on Friday.",
            "her plans for cheaper childcare",
        ),
    ],
)
def test_quotes_judgement_and_topic_verbs_beyond_speech(
    coder: Coder, text: str, content: str
) -> None:
    quote = _one(_quotes(coder, text), content)
    assert quote.text.startswith(content)
    assert quote.kind == "indirect"


def test_quotes_cited_topic_stops_at_the_writers_comment(coder: Coder) -> None:
    for text in (
        "The union endorsed Maria Lopez for governor on Thursday, another sign of labor "
        "rallying behind her.",
        "The senator linked the outage to the cut in the maintenance budget — a charge the "
        "utility denies.",
    ):
        quote = _one(_quotes(coder, text), "for governor" if "union" in text else "outage")
        assert "another sign" not in quote.text and "utility denies" not in quote.text


def test_quotes_hyphen_inside_a_word_is_no_dash(coder: Coder) -> None:
    text = "The senator blasted the bank for its drive to cross-sell accounts to students."
    quote = _one(_quotes(coder, text), "the bank")
    assert quote.text.endswith("accounts to students")


def test_quotes_retweeted_is_read_as_retweet(coder: Coder) -> None:
    text = "The senator retweeted an unflattering photo of the governor's office."
    quote = _one(_quotes(coder, text), "photo")
    assert quote.speaker_text == "The senator"


def test_quotes_noun_cue_about_a_topic_has_its_owner_as_speaker(coder: Coder) -> None:
    text = "The senator's comment about the new tax on diesel fuel angered the truckers."
    quote = _one(_quotes(coder, text), "diesel")
    assert quote.text == "the new tax on diesel fuel"
    assert quote.speaker_text == "The senator"


def test_quotes_cue_on_a_communication_noun_speaks_for_who_issued_it(coder: Coder) -> None:
    text = "The council issued a statement calling for an independent inquiry into the fire."
    quote = _one(_quotes(coder, text), "independent inquiry")
    assert quote.speaker_text == "The council"


def test_quotes_that_clause_after_an_apposed_addressee_is_reported(coder: Coder) -> None:
    # the parser hangs the name on the cue apart from the object, and the that-clause on it
    text = (
        "The Kenyan foreign minister told his Chinese counterpart, Wang Yi, that Nairobi was "
        "ready to repay the loans “at an appropriate stage”."
    )
    quote = _one(_quotes(coder, text), "Nairobi was ready")
    assert quote.text.startswith("Nairobi was ready to repay the loans")
    assert "appropriate stage" in quote.text
    assert quote.kind == "mixed"
    assert quote.speaker_text == "The Kenyan foreign minister"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator made the case that the tunnel is a waste of money.", "the tunnel is"),
        (
            "The campaign is raising questions about the mayor's ties to the developer.",
            "the mayor's ties to the developer",
        ),
    ],
)
def test_quotes_noun_cue_put_forward_by_a_light_verb_has_its_subject_as_speaker(
    coder: Coder, text: str, content: str
) -> None:
    quote = _one(_quotes(coder, text), content)
    assert quote.speaker_text in ("The senator", "The campaign")
    assert not quote.text.startswith(("the case", "questions"))


def test_quotes_seeing_something_as_something_is_a_judgement(coder: Coder) -> None:
    text = "Veterans saw the remark as an insult to the soldiers who served."
    quote = _one(_quotes(coder, text), "the remark")
    assert quote.text == "the remark as an insult to the soldiers who served"


def test_quotes_cited_topic_goes_on_over_an_including_list(coder: Coder) -> None:
    text = (
        "He railed against the corrupting influence of foreign donors, including the one "
        "funding Smith that gave more than $2 million."
    )
    quote = _one(_quotes(coder, text), "foreign donors")
    assert quote.text.endswith("gave more than $2 million")


def test_quotes_judgement_of_a_pronoun_with_what_completes_it(coder: Coder) -> None:
    text = "The mayor praised them for their quick response to the flood."
    quote = _one(_quotes(coder, text), "quick response")
    assert quote.text == "them for their quick response to the flood"
    assert quote.speaker_text == "The mayor"
    assert all(q.cue != "cited" for q in _quotes(coder, "The minister cited it in his speech."))


def test_quotes_second_cue_on_a_communication_noun_shares_its_speaker(coder: Coder) -> None:
    text = (
        "The council published a letter praising the volunteers for their work and urging "
        "the city to fund the shelter."
    )
    quote = _one(_quotes(coder, text), "fund the shelter")
    assert quote.speaker_text == "The council"
