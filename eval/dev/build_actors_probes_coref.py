"""Build eval/dev/actors-probes-coref.jsonl: short stories built to stress reference resolution.

Each story puts two candidates of the same kind in play and one reference whose antecedent a
general rule has to choose: two people of one gender and a pronoun that names the subject or
the object; "the minister" or "the president" with two of them in the story; "the country",
"the kingdom", "the island", "the bloc" or "the alliance" after two states or bodies; "it" for
an organisation next to a state; possessive descriptions ("the island's Mainland Affairs
Council", "the kingdom's foreign ministry"); plural "they" for two coordinated parties; "we" and
"our" inside a quotation, which name the speaker's side.

Only the references under test and their antecedents (and the other actors they compete with)
are annotated; places are not. Written by the developer of the rules, so not blind.

Same mention format as build_actors_dev.py: (surface, kind, expected[, skip]); offsets are
computed, never typed. Run: python eval/dev/build_actors_probes_coref.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_actors_dev import build, c, g, i, io, p, write

OUT = Path(__file__).with_name("actors-probes-coref.jsonl")
BOTH = {"sector": "GOV"}  # "they" for two coordinated governments or leaders

ITEMS: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    # two people of one gender: the pronoun names the subject, the title the other one
    ("acp-0001", "2023-07-13",
     "Antony Blinken met Sergei Lavrov on the sidelines of a regional meeting in Jakarta on "
     "Thursday. He told the Russian minister that Washington would keep up its support for Kyiv.",
     [("Antony Blinken", "name", p("Antony Blinken", "USA", "GOV")),
      ("Sergei Lavrov", "name", p("Sergei Lavrov", "RUS", "GOV")),
      ("He", "pronoun", p("Antony Blinken")), ("the Russian minister", "title", p("Sergei Lavrov")),
      ("Washington", "metonym", g("USA")), ("its", "pronoun", c("USA")),
      ("Kyiv", "metonym", g("UKR"))]),
    # the object pronoun names the object; the later "he" the subject of its own clause
    ("acp-0002", "2023-07-14",
     "Antony Blinken confronted Sergei Lavrov in Jakarta on Thursday and urged him to return to "
     "the grain deal. Lavrov later said he had heard nothing new from Blinken.",
     [("Antony Blinken", "name", p("Antony Blinken", "USA", "GOV")),
      ("Sergei Lavrov", "name", p("Sergei Lavrov", "RUS", "GOV")),
      ("him", "pronoun", p("Sergei Lavrov")), ("Lavrov", "surname", p("Sergei Lavrov")),
      ("he", "pronoun", p("Sergei Lavrov")), ("Blinken", "surname", p("Antony Blinken"))]),
    ("acp-0003", "2024-03-04",
     "Emmanuel Macron phoned Olaf Scholz on Monday, days after the German chancellor had rebuked "
     "him over the idea of sending troops to Ukraine.",
     [("Emmanuel Macron", "name", p("Emmanuel Macron", "FRA", "GOV")),
      ("Olaf Scholz", "name", p("Olaf Scholz", "DEU", "GOV")),
      ("the German chancellor", "title", p("Olaf Scholz")), ("him", "pronoun", p("Emmanuel Macron")),
      ("Ukraine", "name", c("UKR"))]),
    ("acp-0004", "2023-07-21",
     "Giorgia Meloni called Ursula von der Leyen on Friday and thanked her for backing the "
     "migration deal with Tunisia. She said Rome and Brussels were now working as one.",
     [("Giorgia Meloni", "name", p("Giorgia Meloni", "ITA", "GOV")),
      ("Ursula von der Leyen", "name", p("Ursula von der Leyen")),
      ("her", "pronoun", p("Ursula von der Leyen")), ("Tunisia", "name", c("TUN")),
      ("She", "pronoun", p("Giorgia Meloni")), ("Rome", "metonym", g("ITA")),
      ("Brussels", "metonym", i("EU"))]),
    ("acp-0005", "2023-11-20",
     "Annalena Baerbock hosted Catherine Colonna in Berlin on Monday. The German minister said she "
     "and her French counterpart agreed that humanitarian aid had to increase.",
     [("Annalena Baerbock", "name", p("Annalena Baerbock", "DEU", "GOV")),
      ("Catherine Colonna", "name", p("Catherine Colonna", "FRA", "GOV")),
      ("The German minister", "title", p("Annalena Baerbock")),
      ("she", "pronoun", p("Annalena Baerbock")),
      ("her French counterpart", "title", p("Catherine Colonna"))]),
    # two ministers in play: the nationality decides
    ("acp-0006", "2024-02-20",
     "Hakan Fidan held talks with Sergei Lavrov in Moscow on Tuesday. The Turkish minister said "
     "Ankara wanted the grain corridor revived, while the Russian foreign minister said Moscow saw "
     "no basis for it.",
     [("Hakan Fidan", "name", p("Hakan Fidan", "TUR", "GOV")),
      ("Sergei Lavrov", "name", p("Sergei Lavrov", "RUS", "GOV")),
      ("The Turkish minister", "title", p("Hakan Fidan")), ("Ankara", "metonym", g("TUR")),
      ("the Russian foreign minister", "title", p("Sergei Lavrov")),
      ("Moscow", "metonym", g("RUS"))]),
    # "the minister" when only one of the two holds a minister's office
    ("acp-0007", "2023-12-12",
     "Lloyd Austin welcomed Rustem Umerov to the Pentagon on Tuesday. The minister thanked him "
     "for the air defence systems and said Ukraine needed more of them.",
     [("Lloyd Austin", "name", p("Lloyd Austin", "USA", "GOV")),
      ("Rustem Umerov", "name", p("Rustem Umerov", "UKR", "GOV")),
      ("The minister", "title", p("Rustem Umerov")), ("him", "pronoun", p("Lloyd Austin")),
      ("Ukraine", "name", c("UKR"))]),
    # two foreign ministers: the one the story follows (the subject) is meant
    ("acp-0008", "2022-12-21",
     "Penny Wong flew to Beijing on Wednesday for talks with Wang Yi. The foreign minister said "
     "Australia wanted the trade curbs lifted.",
     [("Penny Wong", "name", p("Penny Wong", "AUS", "GOV")),
      ("Wang Yi", "name", p("Wang Yi", "CHN", "GOV")),
      ("The foreign minister", "title", p("Penny Wong")), ("Australia", "name", c("AUS"))]),
    # state descriptions with two states in play
    ("acp-0009", "2023-03-10",
     "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties after seven years. The "
     "kingdom said it would reopen its embassy within two months, and Iranian officials said "
     "Tehran welcomed the deal.",
     [("Saudi Arabia", "name", c("SAU")), ("Iran", "name", c("IRN")),
      ("The kingdom", "description", c("SAU")), ("it", "pronoun", c("SAU")),
      ("its", "pronoun", c("SAU")), ("Iranian officials", "unnamed", g("IRN")),
      ("Tehran", "metonym", g("IRN"))]),
    ("acp-0010", "2023-11-01",
     "Jordan recalled its ambassador to Israel on Wednesday over the war in Gaza. The kingdom's "
     "foreign ministry said the envoy would return only when the fighting stopped.",
     [("Jordan", "name", c("JOR")), ("its", "pronoun", c("JOR")), ("Israel", "name", c("ISR")),
      ("The kingdom's foreign ministry", "institution", g("JOR"))]),
    ("acp-0011", "2024-05-23",
     "China began two days of military drills around Taiwan on Thursday, three days after Lai "
     "Ching-te took office. The island's defence ministry said it had scrambled jets, and Lai said "
     "he would defend democracy.",
     [("China", "name", c("CHN")), ("Lai Ching-te", "name", p("Lai Ching-te", "TWN", "GOV")),
      ("The island's defence ministry", "institution", g("TWN", "MIL")),
      ("it", "pronoun", c("TWN")), ("Lai", "surname", p("Lai Ching-te")),
      ("he", "pronoun", p("Lai Ching-te"))]),
    ("acp-0012", "2024-01-15",
     "Beijing accused Taipei of stoking confrontation after the election. The island's Mainland "
     "Affairs Council said China should respect the result.",
     [("Beijing", "metonym", g("CHN")), ("Taipei", "metonym", g("TWN")),
      ("The island's Mainland Affairs Council", "institution", g("TWN")),
      ("China", "name", c("CHN"))]),
    ("acp-0013", "2023-01-10",
     "The United States kept Cuba on its list of state sponsors of terrorism on Monday, and the "
     "island's government called the decision cynical.",
     [("The United States", "name", c("USA")), ("Cuba", "name", c("CUB")),
      ("its", "pronoun", c("USA")), ("the island's government", "institution", g("CUB"))]),
    ("acp-0014", "2023-09-20",
     "Azerbaijan launched what it called anti-terrorist measures in Karabakh on Tuesday, and "
     "Armenia said it had no troops in the region. The country's prime minister, Nikol "
     "Pashinyan, urged calm.",
     [("Azerbaijan", "name", c("AZE")), ("it", "pronoun", c("AZE")), ("Armenia", "name", c("ARM")),
      ("it", "pronoun", c("ARM")), ("The country's prime minister", "title", p("Nikol Pashinyan")),
      ("Nikol Pashinyan", "name", p("Nikol Pashinyan", "ARM", "GOV"))]),
    ("acp-0015", "2023-07-24",
     "Ukraine said Russian drones had hit grain silos in Odesa overnight, and the country's air "
     "force said it had downed most of them.",
     [("Ukraine", "name", c("UKR")), ("Russian", "demonym", g("RUS", "MIL")),
      ("the country's air force", "institution", g("UKR", "MIL")),
      ("it", "pronoun", g("UKR", "MIL"))]),
    # "it" for an organisation next to a state
    ("acp-0016", "2024-06-25",
     "The European Union opened accession talks with Ukraine and Moldova on Tuesday, and it said "
     "the two candidates had met the conditions.",
     [("The European Union", "name", i("EU")), ("Ukraine", "name", c("UKR")),
      ("Moldova", "name", c("MDA")), ("it", "pronoun", i("EU"))]),
    ("acp-0017", "2023-09-16",
     "Iran told the International Atomic Energy Agency on Saturday that it would bar several "
     "inspectors, and the agency said it was deeply concerned.",
     [("Iran", "name", c("IRN")), ("International Atomic Energy Agency", "name", i("IAEA")),
      ("it", "pronoun", c("IRN")), ("the agency", "description", i("IAEA")),
      ("it", "pronoun", i("IAEA"))]),
    ("acp-0018", "2023-09-14",
     "NATO said on Thursday that Russia had violated Romanian airspace and that it would "
     "strengthen its eastern flank.",
     [("NATO", "name", i("NATO")), ("Russia", "name", c("RUS")), ("Romanian", "demonym", c("ROU")),
      ("it", "pronoun", i("NATO")), ("its", "pronoun", i("NATO"))]),
    ("acp-0019", "2024-08-12",
     "Hamas said on Sunday that Israel had killed three of its negotiators in an air strike. It "
     "accused the Israeli government of sabotaging the talks.",
     [("Hamas", "name", {"name": "Hamas"}), ("Israel", "name", c("ISR")),
      ("its", "pronoun", {"name": "Hamas"}), ("It", "pronoun", {"name": "Hamas"}),
      ("the Israeli government", "institution", g("ISR"))]),
    # plural "they" for two parties and for one plural actor
    ("acp-0020", "2025-03-13",
     "Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday, and they said they "
     "would sign it within months.",
     [("Armenia", "name", c("ARM")), ("Azerbaijan", "name", c("AZE")),
      ("they", "pronoun", BOTH), ("they", "pronoun", BOTH)]),
    ("acp-0021", "2023-03-21",
     "Xi Jinping and Vladimir Putin met in Moscow on Tuesday, and they signed a joint statement on "
     "a new era of cooperation.",
     [("Xi Jinping", "name", p("Xi Jinping", "CHN", "GOV")),
      ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")), ("they", "pronoun", BOTH)]),
    ("acp-0022", "2022-11-30",
     "Russian troops shelled Kherson on Monday, and they hit a maternity ward, Ukrainian officials "
     "said.",
     [("Russian", "demonym", g("RUS", "MIL")), ("they", "pronoun", g("RUS", "MIL")),
      ("Ukrainian officials", "unnamed", g("UKR"))]),
    ("acp-0023", "2024-12-01",
     "Georgian police detained dozens of protesters in Tbilisi overnight. They said the "
     "demonstrators had attacked officers outside parliament.",
     [("Georgian police", "institution", g("GEO", "COP")), ("They", "pronoun", g("GEO", "COP"))]),
    # "we" and "our" inside a quotation: the speaker's side
    ("acp-0024", "2024-02-24",
     "\u201cWe will win this war,\u201d Volodymyr Zelensky said on Saturday, two years after Russia "
     "invaded.",
     [("We", "pronoun", c("UKR")), ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("Russia", "name", c("RUS"))]),
    ("acp-0025", "2023-01-23",
     "Recep Tayyip Erdogan told reporters: \u201cOur patience with Sweden is running out.\u201d",
     [("Recep Tayyip Erdogan", "name", p("Recep Tayyip Erdogan", "TUR", "GOV")),
      ("Our", "pronoun", c("TUR")), ("Sweden", "name", c("SWE"))]),
    ("acp-0026", "2024-07-08",
     "\u201cWe accept the proposal,\u201d Hamas said in a statement on Monday, \u201cbut the "
     "occupation army must leave our land.\u201d",
     [("We", "pronoun", {"name": "Hamas"}), ("Hamas", "name", {"name": "Hamas"}),
      ("our", "pronoun", {"name": "Hamas"})]),
    ("acp-0027", "2023-10-24",
     "Antonio Guterres told the Security Council: \u201cWe cannot accept the collective punishment "
     "of civilians.\u201d",
     [("Antonio Guterres", "name", io("Antonio Guterres", "UN")),
      ("the Security Council", "name", i("UNSC")), ("We", "pronoun", i("UN"))]),
    ("acp-0028", "2024-03-12",
     "\u201cWe will not allow anyone to redraw our borders,\u201d Polish Foreign Minister "
     "Radoslaw Sikorski told parliament.",
     [("We", "pronoun", c("POL")), ("our", "pronoun", c("POL")),
      ("Radoslaw Sikorski", "name", p("Radoslaw Sikorski", "POL", "GOV")),
      ("parliament", "institution", g("POL", "LEG"))]),
    ("acp-0029", "2023-10-18",
     "Joe Biden met Benjamin Netanyahu in Tel Aviv on Wednesday. \u201cWe stand with you,\u201d "
     "Biden told him.",
     [("Joe Biden", "name", p("Joe Biden", "USA", "GOV")),
      ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("We", "pronoun", c("USA")), ("Biden", "surname", p("Joe Biden")),
      ("him", "pronoun", p("Benjamin Netanyahu"))]),
    ("acp-0030", "2024-01-05",
     "\u201cOur army is ready to respond to any provocation,\u201d South Korea's defence minister, "
     "Shin Won-sik, said after North Korea fired artillery near the border.",
     [("Our", "pronoun", c("KOR")), ("South Korea's defence minister", "title", p("Shin Won-sik")),
      ("Shin Won-sik", "name", p("Shin Won-sik", "KOR", "GOV")), ("North Korea", "name", c("PRK"))]),
    # two women: the object pronoun and then the subject
    ("acp-0031", "2024-06-13",
     "Kaja Kallas met Maia Sandu in Chisinau on Thursday and promised her more support. She also "
     "warned that Russia would try to sway the autumn vote.",
     [("Kaja Kallas", "name", p("Kaja Kallas", "EST", "GOV")),
      ("Maia Sandu", "name", p("Maia Sandu", "MDA", "GOV")), ("her", "pronoun", p("Maia Sandu")),
      ("She", "pronoun", p("Kaja Kallas")), ("Russia", "name", c("RUS"))]),
    ("acp-0032", "2024-07-09",
     "Narendra Modi told Vladimir Putin in Moscow that peace could not be won on the battlefield, "
     "and he called for dialogue.",
     [("Narendra Modi", "name", p("Narendra Modi", "IND", "GOV")),
      ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")),
      ("he", "pronoun", p("Narendra Modi"))]),
    ("acp-0033", "2024-02-08",
     "Volodymyr Zelensky dismissed his army chief, Valery Zaluzhny, on Thursday. He named "
     "Oleksandr Syrskyi as the new commander.",
     [("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("his army chief", "title", p("Valerii Zaluzhnyi")),
      ("Valery Zaluzhny", "name", p("Valerii Zaluzhnyi")),
      ("He", "pronoun", p("Volodymyr Zelensky")),
      ("Oleksandr Syrskyi", "name", p("Oleksandr Syrskyi", "UKR", "MIL"))]),
    # possessive descriptions of bodies' officials
    ("acp-0034", "2024-03-07",
     "Sweden formally joined NATO on Thursday after almost two years of waiting. The alliance's "
     "secretary general said the bloc was stronger than ever.",
     [("Sweden", "name", c("SWE")), ("NATO", "name", i("NATO")),
      ("The alliance's secretary general", "title", p("Jens Stoltenberg")),
      ("the bloc", "description", i("NATO"))]),
    ("acp-0035", "2024-02-23",
     "The European Union agreed a new sanctions package against Russia on Friday, and the bloc's "
     "foreign policy chief said more would follow.",
     [("The European Union", "name", i("EU")), ("Russia", "name", c("RUS")),
      ("the bloc's foreign policy chief", "title", p("Josep Borrell"))]),
    ("acp-0036", "2023-04-05",
     "Finland joined NATO on Tuesday after decades of neutrality, while remaining in the European "
     "Union. The alliance said its border with Russia had more than doubled.",
     [("Finland", "name", c("FIN")), ("NATO", "name", i("NATO")),
      ("The alliance", "description", i("NATO")), ("its", "pronoun", i("NATO")),
      ("Russia", "name", c("RUS"))]),
    # "the prime minister"/"the president" with two of them
    ("acp-0037", "2024-09-16",
     "Keir Starmer met Giorgia Meloni in Rome on Monday to discuss migration. The British prime "
     "minister said he admired what her government had achieved.",
     [("Keir Starmer", "name", p("Keir Starmer", "GBR", "GOV")),
      ("Giorgia Meloni", "name", p("Giorgia Meloni", "ITA", "GOV")),
      ("The British prime minister", "title", p("Keir Starmer")), ("he", "pronoun", p("Keir Starmer")),
      ("her government", "institution", g("ITA"))]),
    ("acp-0038", "2023-06-23",
     "Emmanuel Macron hosted Luiz Inacio Lula da Silva in Paris on Friday. The Brazilian president "
     "said his country would not accept new conditions on the trade deal.",
     [("Emmanuel Macron", "name", p("Emmanuel Macron", "FRA", "GOV")),
      ("Luiz Inacio Lula da Silva", "name", p("Luiz Inacio Lula da Silva", "BRA", "GOV")),
      ("The Brazilian president", "title", p("Luiz Inacio Lula da Silva")),
      ("his", "pronoun", p("Luiz Inacio Lula da Silva"))]),
    ("acp-0039", "2023-11-16",
     "Joe Biden met Xi Jinping near San Francisco on Wednesday. The president told reporters "
     "afterwards that he still regarded Xi as a dictator.",
     [("Joe Biden", "name", p("Joe Biden", "USA", "GOV")),
      ("Xi Jinping", "name", p("Xi Jinping", "CHN", "GOV")),
      ("The president", "title", p("Joe Biden")), ("he", "pronoun", p("Joe Biden")),
      ("Xi", "surname", p("Xi Jinping"))]),
    # "it" and "the group" with a state's army and a non-state group
    ("acp-0040", "2024-06-11",
     "Hezbollah fired dozens of rockets into northern Israel on Tuesday, and the Israeli army said "
     "it had struck the group's launch sites.",
     [("Hezbollah", "name", {"name": "Hezbollah"}),
      ("the Israeli army", "institution", g("ISR", "MIL")), ("it", "pronoun", g("ISR", "MIL")),
      ("the group", "description", {"name": "Hezbollah"})]),
    ("acp-0041", "2024-03-20",
     "The World Food Programme said Sudan's army was blocking its convoys in Darfur.",
     [("The World Food Programme", "name", i("WFP")), ("Sudan's army", "institution", g("SDN", "MIL")),
      ("its", "pronoun", i("WFP"))]),
    ("acp-0042", "2022-11-15",
     "Poland said on Tuesday that a missile had landed in a village near its border with Ukraine, "
     "and the country's president called an emergency meeting.",
     [("Poland", "name", c("POL")), ("its", "pronoun", c("POL")),
      ("the country's president", "title", p("Andrzej Duda"))]),
    ("acp-0043", "2021-08-24",
     "Algeria cut diplomatic ties with Morocco on Tuesday, accusing the kingdom of hostile acts.",
     [("Algeria", "name", c("DZA")), ("Morocco", "name", c("MAR")),
      ("the kingdom", "description", c("MAR"))]),
    ("acp-0044", "2023-02-21",
     "\u201cWe have no intention of attacking anyone,\u201d Kremlin spokesman Dmitry Peskov told "
     "reporters.",
     [("We", "pronoun", c("RUS")), ("Dmitry Peskov", "name", p("Dmitry Peskov", "RUS", "GOV"))]),
    ("acp-0045", "2024-10-21",
     "Maia Sandu said: \u201cOur future is in the European Union.\u201d",
     [("Maia Sandu", "name", p("Maia Sandu", "MDA", "GOV")), ("Our", "pronoun", c("MDA")),
      ("the European Union", "name", i("EU"))]),
]  # fmt: skip


def main() -> None:
    write(build(ITEMS), OUT)


if __name__ == "__main__":
    main()
