"""Build eval/dev/quotes-dev.jsonl from the items below, computing every offset.

Each quote is written as Q(content, kind, speaker_text, cue, speaker, form[, continues,
skip]): ``content`` is searched in the text from the start of the previous quote on
(skipping ``skip`` earlier occurrences), so offsets are never typed by hand. ``form`` is the
speaker form the quote tests (named, pronoun, title, unnamed, org, absent, postposed,
according); it becomes an item tag ``speaker:<form>``. The script checks every span.
Run: python eval/dev/build_quotes_dev.py
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).with_name("quotes-dev.jsonl")


def P(name: str, country: str | None = None, sector: str | None = None) -> dict[str, str]:
    found = {"name": name}
    if country:
        found["country"] = country
    if sector:
        found["sector"] = sector
    return found


def S(country: str, sector: str = "GOV") -> dict[str, str]:
    return {"country": country, "sector": sector}


def IO(name: str, igo: str) -> dict[str, str]:
    return {"name": name, "igo": igo, "sector": "IGO"}


def I(igo: str) -> dict[str, str]:  # noqa: E743 - short like the other helpers
    return {"igo": igo}


@dataclass
class Q:
    content: str
    kind: str
    speaker_text: str
    cue: str
    speaker: dict[str, str]
    form: str
    continues: int | None = None
    skip: int = 0


ITEMS: list[tuple[str, str, str, list[Q]]] = [
    ("qd-0001", "2024-05-14",
     "Kenyan President William Ruto met the head of the African Union Commission in Nairobi on "
     "Monday. “Africa cannot keep waiting for others to fund its peacekeeping,” Ruto said. The "
     "commission chairman, Moussa Faki Mahamat, said the bloc would present a joint proposal at the "
     "next summit, and he added that member states had already agreed in principle.",
     [Q("Africa cannot keep waiting for others to fund its peacekeeping,", "direct", "Ruto", "said",
        P("William Ruto", "KEN", "GOV"), "named"),
      Q("the bloc would present a joint proposal at the next summit", "indirect",
        "The commission chairman, Moussa Faki Mahamat", "said", IO("Moussa Faki Mahamat", "AU"),
        "named"),
      Q("member states had already agreed in principle", "indirect", "he", "added",
        IO("Moussa Faki Mahamat", "AU"), "pronoun")]),
    ("qd-0002", "2023-09-20",
     "Colombia's deputy foreign minister, Laura Restrepo Gil, said on Tuesday that Bogota would not "
     "extradite the former rebel commander while peace talks continued. “The process has rules, and "
     "we will follow them,” she told reporters in Cartagena.",
     [Q("Bogota would not extradite the former rebel commander while peace talks continued",
        "indirect", "Colombia's deputy foreign minister, Laura Restrepo Gil", "said",
        P("Laura Restrepo Gil", "COL", "GOV"), "absent"),
      Q("The process has rules, and we will follow them,", "direct", "she", "told reporters",
        P("Laura Restrepo Gil", "COL", "GOV"), "pronoun")]),
    ("qd-0003", "2024-02-03",
     "Iran's foreign ministry said on Saturday that the U.S. strikes in Iraq and Syria were “a "
     "strategic mistake” that would only deepen instability in the region. Its spokesman, Nasser "
     "Kanaani, told a weekly briefing that Tehran did not seek a wider war.",
     [Q("the U.S. strikes in Iraq and Syria were “a strategic mistake” that would only deepen "
        "instability in the region", "mixed", "Iran's foreign ministry", "said", S("IRN"), "org"),
      Q("Tehran did not seek a wider war", "indirect", "Its spokesman, Nasser Kanaani",
        "told a weekly briefing", P("Nasser Kanaani", "IRN", "GOV"), "absent")]),
    ("qd-0004", "2023-06-12",
     "EU foreign ministers are expected to approve a new package of sanctions against Russia next "
     "week, a senior EU diplomat said on Monday. “Hungary has lifted its objections, so we think it "
     "will pass,” the diplomat said, speaking on condition of anonymity.",
     [Q("EU foreign ministers are expected to approve a new package of sanctions against Russia "
        "next week", "indirect", "a senior EU diplomat", "said", I("EU"), "unnamed"),
      Q("Hungary has lifted its objections, so we think it will pass,", "direct", "the diplomat",
        "said", I("EU"), "title")]),
    ("qd-0005", "2024-08-05",
     "Bangladesh's army chief, General Waker-Uz-Zaman, said on Monday that an interim government "
     "would be formed after Prime Minister Sheikh Hasina resigned and left the country. Student "
     "leader Nahid Islam rejected any government led by the military. “We will not accept an "
     "army-backed administration,” he said in a video message.",
     [Q("an interim government would be formed after Prime Minister Sheikh Hasina resigned and left "
        "the country", "indirect", "Bangladesh's army chief, General Waker-Uz-Zaman", "said",
        P("Waker-Uz-Zaman", "BGD", "MIL"), "absent"),
      Q("We will not accept an army-backed administration,", "direct", "he", "said",
        P("Nahid Islam", "BGD"), "pronoun")]),
    ("qd-0006", "2022-11-10",
     "Israel's incoming government will include the far-right leader Itamar Ben-Gvir as national "
     "security minister, according to two Israeli officials familiar with the coalition talks.",
     [Q("Israel's incoming government will include the far-right leader Itamar Ben-Gvir as national "
        "security minister", "indirect", "two Israeli officials familiar with the coalition talks",
        "according to", S("ISR"), "according")]),
    ("qd-0007", "2023-03-22",
     "“The ceasefire in Tigray is holding, but aid is still not reaching every district,” said "
     "Getachew Reda, the head of the region's interim administration.",
     [Q("The ceasefire in Tigray is holding, but aid is still not reaching every district,",
        "direct", "Getachew Reda", "said", P("Getachew Reda", "ETH", "GOV"), "postposed")]),
    ("qd-0008", "2024-08-08",
     "“We have asked the United Nations to send observers,” Mexican Foreign Minister Alicia Bárcena "
     "said, “because the people of Venezuela deserve to know the real results.”",
     [Q("We have asked the United Nations to send observers,", "direct",
        "Mexican Foreign Minister Alicia Bárcena", "said", P("Alicia Barcena", "MEX", "GOV"), "named"),
      Q("because the people of Venezuela deserve to know the real results.", "direct",
        "Mexican Foreign Minister Alicia Bárcena", "said", P("Alicia Barcena", "MEX", "GOV"), "named",
        0)]),
    ("qd-0009", "2025-03-04",
     "Polish Prime Minister Donald Tusk told parliament on Tuesday that Europe had to spend far more "
     "on its own defence.\n\n“We are in a race, and the side that arms itself faster will keep the "
     "peace.\n\n“Poland will not wait for others to decide for us,” he said.",
     [Q("Europe had to spend far more on its own defence", "indirect",
        "Polish Prime Minister Donald Tusk", "told parliament", P("Donald Tusk", "POL", "GOV"), "named"),
      Q("We are in a race, and the side that arms itself faster will keep the peace.", "direct", "he",
        "said", P("Donald Tusk", "POL", "GOV"), "pronoun"),
      Q("Poland will not wait for others to decide for us,", "direct", "he", "said",
        P("Donald Tusk", "POL", "GOV"), "pronoun", 1)]),
    ("qd-0010", "2023-08-25",
     "Niger's military rulers ordered the French ambassador to leave the country within 48 hours, "
     "the foreign ministry said in a statement read on state television.",
     [Q("Niger's military rulers ordered the French ambassador to leave the country within 48 hours",
        "indirect", "the foreign ministry", "said", S("NER"), "org")]),
    ("qd-0011", "2024-04-15",
     "Jordan's government spokesman, Muhannad Mubaidin, said the kingdom had intercepted objects "
     "that entered its airspace overnight. “We will not allow Jordan to become a battlefield for "
     "anyone,” the spokesman said.",
     [Q("the kingdom had intercepted objects that entered its airspace overnight", "indirect",
        "Jordan's government spokesman, Muhannad Mubaidin", "said",
        P("Muhannad Mubaidin", "JOR", "GOV"), "absent"),
      Q("We will not allow Jordan to become a battlefield for anyone,", "direct", "the spokesman",
        "said", P("Muhannad Mubaidin", "JOR", "GOV"), "title")]),
    ("qd-0012", "2023-05-19",
     "Japanese Prime Minister Fumio Kishida opened the G7 summit in Hiroshima on Friday. “A world "
     "without nuclear weapons is our ideal, and Hiroshima is the place to renew that pledge,” the "
     "prime minister told his guests.",
     [Q("A world without nuclear weapons is our ideal, and Hiroshima is the place to renew that "
        "pledge,", "direct", "the prime minister", "told his guests", P("Fumio Kishida", "JPN", "GOV"),
        "title")]),
    ("qd-0013", "2024-01-10",
     "Serbia denied on Wednesday that it was massing troops near the border with Kosovo. “These "
     "claims are propaganda aimed at the international community,” a government spokesman in "
     "Belgrade said.",
     [Q("These claims are propaganda aimed at the international community,", "direct",
        "a government spokesman in Belgrade", "said", S("SRB"), "unnamed")]),
    ("qd-0014", "2022-06-30",
     "NATO Secretary-General Jens Stoltenberg said the alliance would put more than 300,000 troops "
     "on high readiness. Turkish President Recep Tayyip Erdogan warned that Ankara could still block "
     "the membership of Finland and Sweden. “If they do not keep their promises, we will freeze the "
     "process,” he said.",
     [Q("the alliance would put more than 300,000 troops on high readiness", "indirect",
        "NATO Secretary-General Jens Stoltenberg", "said", IO("Jens Stoltenberg", "NATO"), "named"),
      Q("Ankara could still block the membership of Finland and Sweden", "indirect",
        "Turkish President Recep Tayyip Erdogan", "warned", P("Recep Tayyip Erdogan", "TUR", "GOV"),
        "named"),
      Q("If they do not keep their promises, we will freeze the process,", "direct", "he", "said",
        P("Recep Tayyip Erdogan", "TUR", "GOV"), "pronoun")]),
    ("qd-0015", "2021-02-01",
     "Myanmar's military said it had detained Aung San Suu Kyi and other leaders of the governing "
     "party because of fraud in November's election. A spokesman for the National League for "
     "Democracy, Myo Nyunt, told reporters that the party had lost contact with its leaders.",
     [Q("it had detained Aung San Suu Kyi and other leaders of the governing party because of fraud "
        "in November's election", "indirect", "Myanmar's military", "said", S("MMR", "MIL"), "org"),
      Q("the party had lost contact with its leaders", "indirect",
        "A spokesman for the National League for Democracy, Myo Nyunt", "told reporters",
        P("Myo Nyunt", "MMR"), "absent")]),
    ("qd-0016", "2024-03-18",
     "“The result shows that the country has consolidated around its president,” said Kremlin "
     "spokesman Dmitry Peskov, a day after the vote.",
     [Q("The result shows that the country has consolidated around its president,", "direct",
        "Kremlin spokesman Dmitry Peskov", "said", P("Dmitry Peskov", "RUS", "GOV"), "postposed")]),
    ("qd-0017", "2023-10-09",
     "Hamas said on Monday that it would start executing civilian hostages if Israel kept bombing "
     "homes in Gaza without warning. “The enemy does not understand the language of humanity,” the "
     "group said in a statement posted on Telegram.",
     [Q("it would start executing civilian hostages if Israel kept bombing homes in Gaza without "
        "warning", "indirect", "Hamas", "said", P("Hamas"), "org"),
      Q("The enemy does not understand the language of humanity,", "direct", "the group", "said",
        P("Hamas"), "title")]),
    ("qd-0018", "2025-02-28",
     "The White House said Zelensky had been “disrespectful” in the Oval Office. Zelensky later told "
     "Fox News that he did not think he owed anyone an apology.",
     [Q("Zelensky had been “disrespectful” in the Oval Office", "mixed", "The White House", "said",
        S("USA"), "org"),
      Q("he did not think he owed anyone an apology", "indirect", "Zelensky", "told Fox News",
        P("Volodymyr Zelensky", "UKR", "GOV"), "named")]),
    ("qd-0019", "2023-04-15",
     "The Rapid Support Forces said they had taken control of the presidential palace and Khartoum "
     "airport, a claim the army dismissed. “The rebel militia is spreading lies,” the army said in a "
     "statement on Facebook.",
     [Q("they had taken control of the presidential palace and Khartoum airport", "indirect",
        "The Rapid Support Forces", "said", P("Rapid Support Forces"), "org"),
      Q("The rebel militia is spreading lies,", "direct", "the army", "said", S("SDN", "MIL"), "org")]),
    ("qd-0020", "2024-09-23",
     "Sri Lanka's new president, Anura Kumara Dissanayake, was sworn in on Monday. “I am not a "
     "magician, but I will work with everyone to rebuild this country,” Dissanayake said after "
     "taking the oath.",
     [Q("I am not a magician, but I will work with everyone to rebuild this country,", "direct",
        "Dissanayake", "said", P("Anura Kumara Dissanayake", "LKA", "GOV"), "named")]),
    ("qd-0021", "2024-11-20",
     "Brazil's President Luiz Inácio Lula da Silva welcomed the G20 leaders' declaration on a global "
     "alliance against hunger. “Hunger is not a result of scarcity but of political choices,” Lula "
     "said. Argentine President Javier Milei, who signed the text with reservations, said his "
     "government disagreed with parts of it.\n\n“We will not be part of a new global tax,” he said.",
     [Q("Hunger is not a result of scarcity but of political choices,", "direct", "Lula", "said",
        P("Luiz Inacio Lula da Silva", "BRA", "GOV"), "named"),
      Q("his government disagreed with parts of it", "indirect", "Argentine President Javier Milei",
        "said", P("Javier Milei", "ARG", "GOV"), "named"),
      Q("We will not be part of a new global tax,", "direct", "he", "said",
        P("Javier Milei", "ARG", "GOV"), "pronoun")]),
    ("qd-0022", "2023-07-27",
     "Soldiers appeared on Niger's state television overnight to announce that they had removed "
     "President Mohamed Bazoum. “The defence and security forces have decided to put an end to the "
     "regime you know,” said Colonel Amadou Abdramane, reading the statement.",
     [Q("The defence and security forces have decided to put an end to the regime you know,",
        "direct", "Colonel Amadou Abdramane", "said", P("Amadou Abdramane", "NER", "MIL"),
        "postposed")]),
    ("qd-0023", "2024-06-04",
     "South Africa's electoral commission declared the results of the national election on Sunday. "
     "“The people have spoken, and we must respect their choice,” President Cyril Ramaphosa said, "
     "calling on parties to work together. The Democratic Alliance said it was open to talks on a "
     "coalition.",
     [Q("The people have spoken, and we must respect their choice,", "direct",
        "President Cyril Ramaphosa", "said", P("Cyril Ramaphosa", "ZAF", "GOV"), "named"),
      Q("it was open to talks on a coalition", "indirect", "The Democratic Alliance", "said",
        {"name": "Democratic Alliance"}, "org")]),
    ("qd-0024", "2024-03-10",
     "A senior Western diplomat said the talks on Gaza had stalled over the release of prisoners. "
     "“Neither side wants to be seen blinking first,” the diplomat said.",
     [Q("the talks on Gaza had stalled over the release of prisoners", "indirect",
        "A senior Western diplomat", "said", {"sector": "GOV"}, "unnamed"),
      Q("Neither side wants to be seen blinking first,", "direct", "the diplomat", "said",
        {"sector": "GOV"}, "title")]),
    ("qd-0025", "2025-01-27",
     "Rwanda's foreign ministry said the fighting near Goma was a threat to its security. Congolese "
     "Foreign Minister Thérèse Kayikwamba Wagner called the advance of the M23 rebels “a declaration "
     "of war” and said Kinshasa was cutting diplomatic ties with Kigali. “We will not negotiate with "
     "an occupier,” she told reporters.",
     [Q("the fighting near Goma was a threat to its security", "indirect",
        "Rwanda's foreign ministry", "said", S("RWA"), "org"),
      Q("Kinshasa was cutting diplomatic ties with Kigali", "indirect",
        "Congolese Foreign Minister Thérèse Kayikwamba Wagner", "said",
        P("Therese Kayikwamba Wagner", "COD", "GOV"), "absent"),
      Q("We will not negotiate with an occupier,", "direct", "she", "told reporters",
        P("Therese Kayikwamba Wagner", "COD", "GOV"), "pronoun")]),
    ("qd-0026", "2022-09-21",
     "Putin announced a partial mobilisation on Wednesday. “This is not a bluff,” he said in a "
     "televised address. Ukrainian presidential adviser Mykhailo Podolyak said the move showed the "
     "war was not going to plan for Moscow.",
     [Q("This is not a bluff,", "direct", "he", "said", P("Vladimir Putin", "RUS", "GOV"), "pronoun"),
      Q("the move showed the war was not going to plan for Moscow", "indirect",
        "Ukrainian presidential adviser Mykhailo Podolyak", "said", P("Mykhailo Podolyak", "UKR"),
        "named")]),
    ("qd-0027", "2023-11-15",
     "Chinese President Xi Jinping met U.S. President Joe Biden near San Francisco on Wednesday. "
     "“Planet Earth is big enough for the two countries to succeed,” Xi told him. Biden said the two "
     "leaders had agreed to restore military communication. “These were some of the most "
     "constructive talks we have had,” he added.",
     [Q("Planet Earth is big enough for the two countries to succeed,", "direct", "Xi", "told him",
        P("Xi Jinping", "CHN", "GOV"), "named"),
      Q("the two leaders had agreed to restore military communication", "indirect", "Biden", "said",
        P("Joe Biden", "USA", "GOV"), "named"),
      Q("These were some of the most constructive talks we have had,", "direct", "he", "added",
        P("Joe Biden", "USA", "GOV"), "pronoun")]),
    ("qd-0028", "2024-12-08",
     "Rebel leader Ahmed al-Sharaa addressed crowds at the Umayyad Mosque in Damascus after Bashar "
     "al-Assad fled the country. “This victory is a victory for the whole Islamic nation,” he said. "
     "Russia's foreign ministry said Assad had left Syria after talks with the parties to the "
     "conflict.",
     [Q("This victory is a victory for the whole Islamic nation,", "direct", "he", "said",
        P("Ahmed al-Sharaa"), "pronoun"),
      Q("Assad had left Syria after talks with the parties to the conflict", "indirect",
        "Russia's foreign ministry", "said", S("RUS"), "org")]),
    ("qd-0029", "2025-04-23",
     "Pakistan's defence minister, Khawaja Asif, said his country's forces were on high alert after "
     "the attack in Kashmir, which India blamed on Pakistan-based militants. “We have nothing to do "
     "with it,” Asif told a television channel. India's foreign secretary said New Delhi would "
     "suspend the Indus Waters Treaty.",
     [Q("his country's forces were on high alert after the attack in Kashmir, which India blamed on "
        "Pakistan-based militants", "indirect", "Pakistan's defence minister, Khawaja Asif", "said",
        P("Khawaja Asif", "PAK"), "named"),
      Q("We have nothing to do with it,", "direct", "Asif", "told a television channel",
        P("Khawaja Asif", "PAK"), "named"),
      Q("New Delhi would suspend the Indus Waters Treaty", "indirect", "India's foreign secretary",
        "said", S("IND"), "unnamed")]),
    ("qd-0030", "2024-07-29",
     "Venezuela's electoral council declared Nicolás Maduro the winner of Sunday's election. "
     "Opposition leader María Corina Machado rejected the result. “We won, and the whole world knows "
     "it,” she said at a news conference in Caracas.",
     [Q("We won, and the whole world knows it,", "direct", "she", "said",
        P("Maria Corina Machado", "VEN", "OPP"), "pronoun")]),
    ("qd-0031", "2022-12-05",
     "Peruvian Prime Minister Betssy Chávez defended the government's record before Congress on "
     "Monday. “This cabinet has not broken any law,” the prime minister said, adding that lawmakers "
     "were trying to bring down an elected president.",
     [Q("This cabinet has not broken any law,", "direct", "the prime minister", "said",
        P("Betssy Chavez", "PER", "GOV"), "title"),
      Q("lawmakers were trying to bring down an elected president", "indirect", "the prime minister",
        "adding", P("Betssy Chavez", "PER", "GOV"), "title")]),
    ("qd-0032", "2024-10-02",
     "Iran fired about 180 ballistic missiles at Israel on Tuesday evening. The Revolutionary Guards "
     "said the strike was a response to the killing of Hezbollah's leader. Israeli military "
     "spokesman Daniel Hagari said most of the missiles had been intercepted.\n\n“Iran made a big "
     "mistake tonight, and it will pay for it,” Prime Minister Benjamin Netanyahu said.",
     [Q("the strike was a response to the killing of Hezbollah's leader", "indirect",
        "The Revolutionary Guards", "said", S("IRN", "MIL"), "org"),
      Q("most of the missiles had been intercepted", "indirect",
        "Israeli military spokesman Daniel Hagari", "said", P("Daniel Hagari", "ISR", "MIL"), "named"),
      Q("Iran made a big mistake tonight, and it will pay for it,", "direct",
        "Prime Minister Benjamin Netanyahu", "said", P("Benjamin Netanyahu", "ISR", "GOV"), "named")]),
    ("qd-0033", "2023-02-21",
     "In a speech to the Federal Assembly, Putin accused the West of starting the war. A few hours "
     "later Biden spoke in Warsaw. “Ukraine will never be a victory for Russia, never,” the U.S. "
     "president said.",
     [Q("Ukraine will never be a victory for Russia, never,", "direct", "the U.S. president", "said",
        P("Joe Biden", "USA", "GOV"), "title")]),
    ("qd-0034", "2024-05-27",
     "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday. Spanish Foreign "
     "Minister José Manuel Albares said the decision was “a matter of historic justice.” Israel's "
     "foreign minister, Israel Katz, accused Madrid of rewarding terrorism.",
     [Q("the decision was “a matter of historic justice.”", "mixed",
        "Spanish Foreign Minister José Manuel Albares", "said", P("Jose Manuel Albares", "ESP", "GOV"),
        "named")]),
    ("qd-0035", "2023-10-01",
     "Azerbaijan's presidential aide Hikmet Hajiyev said Baku was ready to guarantee the rights of "
     "Karabakh's Armenians. Armenian Prime Minister Nikol Pashinyan disagreed, saying more than "
     "100,000 people had already left the region. “This is an act of ethnic cleansing,” he told his "
     "cabinet.",
     [Q("Baku was ready to guarantee the rights of Karabakh's Armenians", "indirect",
        "Azerbaijan's presidential aide Hikmet Hajiyev", "said", P("Hikmet Hajiyev", "AZE", "GOV"),
        "named"),
      Q("more than 100,000 people had already left the region", "indirect",
        "Armenian Prime Minister Nikol Pashinyan", "saying", P("Nikol Pashinyan", "ARM", "GOV"),
        "named"),
      Q("This is an act of ethnic cleansing,", "direct", "he", "told his cabinet",
        P("Nikol Pashinyan", "ARM", "GOV"), "pronoun")]),
    ("qd-0036", "2025-06-14",
     "The International Atomic Energy Agency said the above-ground part of the enrichment plant at "
     "Natanz had been destroyed. The agency said radiation levels outside the site had not changed. "
     "Its director general, Rafael Grossi, told the Security Council that military strikes on "
     "nuclear sites should never happen.",
     [Q("the above-ground part of the enrichment plant at Natanz had been destroyed", "indirect",
        "The International Atomic Energy Agency", "said", I("IAEA"), "org"),
      Q("radiation levels outside the site had not changed", "indirect", "The agency", "said",
        I("IAEA"), "title"),
      Q("military strikes on nuclear sites should never happen", "indirect",
        "Its director general, Rafael Grossi", "told the Security Council", IO("Rafael Grossi", "IAEA"),
        "named")]),
    ("qd-0037", "2024-02-24",
     "Canadian Prime Minister Justin Trudeau, Italian Prime Minister Giorgia Meloni and Belgian "
     "Prime Minister Alexander De Croo arrived in Kyiv by train. “We will stand with Ukraine for as "
     "long as it takes,” Meloni said. Trudeau announced a new security agreement with Ukraine.",
     [Q("We will stand with Ukraine for as long as it takes,", "direct", "Meloni", "said",
        P("Giorgia Meloni", "ITA", "GOV"), "named")]),
    ("qd-0038", "2023-05-11",
     "Police arrested former Prime Minister Imran Khan outside a court in Islamabad on Tuesday. A "
     "spokesman for his party said its workers would protest peacefully across the country. "
     "“Pakistan is being pushed into a dark age,” the spokesman said.",
     [Q("its workers would protest peacefully across the country", "indirect",
        "A spokesman for his party", "said", S("PAK", "OPP"), "unnamed"),
      Q("Pakistan is being pushed into a dark age,", "direct", "the spokesman", "said",
        S("PAK", "OPP"), "title")]),
    ("qd-0039", "2024-01-14",
     "Ecuador's President Daniel Noboa said the country was in “an internal armed conflict” with "
     "drug gangs after gunmen stormed a television studio in Guayaquil. The armed forces said they "
     "had arrested more than 800 people in four days.",
     [Q("the country was in “an internal armed conflict” with drug gangs after gunmen stormed a "
        "television studio in Guayaquil", "mixed", "Ecuador's President Daniel Noboa", "said",
        P("Daniel Noboa", "ECU", "GOV"), "named"),
      Q("they had arrested more than 800 people in four days", "indirect", "The armed forces", "said",
        S("ECU", "MIL"), "org")]),
    ("qd-0040", "2023-09-11",
     "Rescue teams in Morocco were still searching for survivors of Friday's earthquake. “We have "
     "lost everything, but we are alive,” said a woman in the village of Amizmiz. Morocco's interior "
     "ministry said the death toll had risen above 2,800.",
     [Q("We have lost everything, but we are alive,", "direct", "a woman in the village of Amizmiz",
        "said", {"country": "MAR"}, "unnamed"),
      Q("the death toll had risen above 2,800", "indirect", "Morocco's interior ministry", "said",
        S("MAR"), "org")]),
    ("qd-0041", "2024-06-26",
     "Bolivian President Luis Arce said troops had surrounded the government palace in La Paz in an "
     "attempted coup. General Juan José Zúñiga, who led the troops, was arrested hours later. "
     "“The president told me to do it,” the general told reporters before his arrest.",
     [Q("troops had surrounded the government palace in La Paz in an attempted coup", "indirect",
        "Bolivian President Luis Arce", "said", P("Luis Arce", "BOL", "GOV"), "named"),
      Q("The president told me to do it,", "direct", "the general", "told reporters",
        P("Juan Jose Zuniga", "BOL", "MIL"), "title")]),
    ("qd-0042", "2023-03-10",
     "Saudi Arabia and Iran agreed to restore diplomatic relations after talks in Beijing. Chinese "
     "top diplomat Wang Yi said the deal was “a victory for dialogue and peace.” Saudi Foreign "
     "Minister Prince Faisal bin Farhan said the region needed cooperation, “not conflict.”",
     [Q("the deal was “a victory for dialogue and peace.”", "mixed", "Chinese top diplomat Wang Yi",
        "said", P("Wang Yi", "CHN", "GOV"), "named"),
      Q("the region needed cooperation, “not conflict.”", "mixed",
        "Saudi Foreign Minister Prince Faisal bin Farhan", "said", P("Faisal bin Farhan", "SAU", "GOV"),
        "named")]),
    ("qd-0043", "2024-09-28",
     "The Israeli military said it had killed Hezbollah leader Hassan Nasrallah in a strike on "
     "Beirut's southern suburbs. Hezbollah confirmed his death hours later. The group said it would "
     "continue its fight “in support of Gaza and Palestine.”",
     [Q("it had killed Hezbollah leader Hassan Nasrallah in a strike on Beirut's southern suburbs",
        "indirect", "The Israeli military", "said", S("ISR", "MIL"), "org"),
      Q("it would continue its fight “in support of Gaza and Palestine.”", "mixed", "The group",
        "said", P("Hezbollah"), "title")]),
    ("qd-0044", "2025-07-15",
     "The Philippine coast guard said Chinese vessels had fired water cannon at a fisheries ship near "
     "Scarborough Shoal. “This is a dangerous escalation,” coast guard spokesman Jay Tarriela wrote "
     "on X. Beijing said the Philippine ship had entered Chinese waters.",
     [Q("Chinese vessels had fired water cannon at a fisheries ship near Scarborough Shoal",
        "indirect", "The Philippine coast guard", "said", {"country": "PHL"}, "org"),
      Q("This is a dangerous escalation,", "direct", "coast guard spokesman Jay Tarriela", "wrote",
        P("Jay Tarriela", "PHL"), "absent"),
      Q("the Philippine ship had entered Chinese waters", "indirect", "Beijing", "said", S("CHN"),
        "org")]),
    ("qd-0045", "2024-11-06",
     "German Chancellor Olaf Scholz fired his finance minister, Christian Lindner, on Wednesday "
     "evening. “He has broken my trust too often,” Scholz told reporters in Berlin. Lindner accused "
     "the chancellor of provoking the break. “Scholz has long refused to accept that Germany needs "
     "a new economic course,” he said.",
     [Q("He has broken my trust too often,", "direct", "Scholz", "told reporters",
        P("Olaf Scholz", "DEU", "GOV"), "named"),
      Q("Scholz has long refused to accept that Germany needs a new economic course,", "direct",
        "he", "said", P("Christian Lindner", "DEU"), "pronoun")]),
    ("qd-0046", "2023-12-17",
     "Egypt's election authority said President Abdel Fattah el-Sisi had won a third term with 89.6 "
     "percent of the vote. The head of the authority, Hazem Badawy, said turnout had been the "
     "highest in the country's history.",
     [Q("President Abdel Fattah el-Sisi had won a third term with 89.6 percent of the vote",
        "indirect", "Egypt's election authority", "said", {"country": "EGY"}, "org"),
      Q("turnout had been the highest in the country's history", "indirect",
        "The head of the authority, Hazem Badawy", "said", P("Hazem Badawy", "EGY"), "absent")]),
    ("qd-0047", "2024-04-09",
     "The United Nations said it had been unable to deliver food to northern Gaza for a week. “The "
     "risk of famine is real and growing,” UN spokesman Stéphane Dujarric told reporters in New York, "
     "adding that convoys were being turned back at checkpoints.",
     [Q("it had been unable to deliver food to northern Gaza for a week", "indirect",
        "The United Nations", "said", I("UN"), "org"),
      Q("The risk of famine is real and growing,", "direct", "UN spokesman Stéphane Dujarric",
        "told reporters", IO("Stephane Dujarric", "UN"), "named"),
      Q("convoys were being turned back at checkpoints", "indirect", "UN spokesman Stéphane Dujarric",
        "adding", IO("Stephane Dujarric", "UN"), "named")]),
    ("qd-0048", "2022-08-03",
     "Taiwan's President Tsai Ing-wen met U.S. House Speaker Nancy Pelosi in Taipei. “Taiwan will "
     "not back down,” Tsai said. China's foreign ministry said the visit “seriously undermines "
     "peace and stability” across the strait.",
     [Q("Taiwan will not back down,", "direct", "Tsai", "said", P("Tsai Ing-wen", "TWN", "GOV"),
        "named"),
      Q("the visit “seriously undermines peace and stability” across the strait", "mixed",
        "China's foreign ministry", "said", S("CHN"), "org")]),
    ("qd-0049", "2023-06-24",
     "Wagner chief Yevgeny Prigozhin said his fighters had taken control of military sites in "
     "Rostov-on-Don. Hours later he ordered them to turn back. “We are turning our columns around "
     "to avoid spilling Russian blood,” Prigozhin said in an audio message.",
     [Q("his fighters had taken control of military sites in Rostov-on-Don", "indirect",
        "Wagner chief Yevgeny Prigozhin", "said", P("Yevgeny Prigozhin"), "named"),
      Q("We are turning our columns around to avoid spilling Russian blood,", "direct", "Prigozhin",
        "said", P("Yevgeny Prigozhin"), "named")]),
    ("qd-0050", "2024-02-18",
     "Ukraine's army commander, Oleksandr Syrskyi, said he had ordered troops to withdraw from "
     "Avdiivka to save soldiers' lives. A Ukrainian officer who left the town described the last "
     "days as chaotic. “We were running out of everything, even water,” the officer said.",
     [Q("he had ordered troops to withdraw from Avdiivka to save soldiers' lives", "indirect",
        "Ukraine's army commander, Oleksandr Syrskyi", "said", P("Oleksandr Syrskyi", "UKR", "MIL"),
        "named"),
      Q("We were running out of everything, even water,", "direct", "the officer", "said",
        S("UKR", "MIL"), "title")]),
    ("qd-0051", "2025-01-20",
     "Trump signed an order on his first day back in office to withdraw the United States from the "
     "World Health Organization. The WHO said it regretted the decision.\n\n“We hope the United "
     "States will reconsider,” the organisation said in a statement.",
     [Q("it regretted the decision", "indirect", "The WHO", "said", I("WHO"), "org"),
      Q("We hope the United States will reconsider,", "direct", "the organisation", "said",
        I("WHO"), "title")]),
    ("qd-0052", "2024-10-22",
     "Leaders of the BRICS countries gathered in Kazan for a summit hosted by Putin. “The process "
     "of building a multipolar world is under way,” the Russian president said. UN Secretary-General "
     "António Guterres, who attended the summit, called for a just peace in Ukraine.",
     [Q("The process of building a multipolar world is under way,", "direct", "the Russian president",
        "said", P("Vladimir Putin", "RUS", "GOV"), "title")]),
    ("qd-0053", "2023-08-21",
     "The Hungarian government's spokesman, Zoltán Kovács, said Budapest would keep blocking the EU "
     "payment to Ukraine until its concerns were met. An EU official said the bloc was looking for "
     "ways around the veto.",
     [Q("Budapest would keep blocking the EU payment to Ukraine until its concerns were met",
        "indirect", "The Hungarian government's spokesman, Zoltán Kovács", "said",
        P("Zoltan Kovacs", "HUN", "GOV"), "absent"),
      Q("the bloc was looking for ways around the veto", "indirect", "An EU official", "said",
        I("EU"), "unnamed")]),
    ("qd-0054", "2024-07-21",
     "Biden announced that he was ending his campaign for re-election. “I believe it is in the best "
     "interest of my party and the country for me to stand down,” he wrote in a letter posted on X. "
     "Vice President Kamala Harris said she intended to “earn and win” the nomination.",
     [Q("I believe it is in the best interest of my party and the country for me to stand down,",
        "direct", "he", "wrote", P("Joe Biden", "USA", "GOV"), "pronoun"),
      Q("she intended to “earn and win” the nomination", "mixed", "Vice President Kamala Harris",
        "said", P("Kamala Harris", "USA", "GOV"), "named")]),
    ("qd-0055", "2023-12-03",
     "Venezuelans voted in a referendum on the Essequibo region, which Guyana administers. Guyana's "
     "President Irfaan Ali said his country's borders were not up for negotiation. “Guyana will not "
     "give up a single square inch,” Ali said.",
     [Q("his country's borders were not up for negotiation", "indirect",
        "Guyana's President Irfaan Ali", "said", P("Irfaan Ali", "GUY", "GOV"), "named"),
      Q("Guyana will not give up a single square inch,", "direct", "Ali", "said",
        P("Irfaan Ali", "GUY", "GOV"), "named")]),
    ("qd-0056", "2024-08-20",
     "Thailand's parliament elected Paetongtarn Shinawatra as prime minister last week. “I will do "
     "my best to move the country forward,” the new prime minister said. Her father, former Prime "
     "Minister Thaksin Shinawatra, said he would give her advice only when asked.",
     [Q("I will do my best to move the country forward,", "direct", "the new prime minister", "said",
        P("Paetongtarn Shinawatra", "THA", "GOV"), "title"),
      Q("he would give her advice only when asked", "indirect",
        "Her father, former Prime Minister Thaksin Shinawatra", "said",
        P("Thaksin Shinawatra", "THA"), "named")]),
    ("qd-0057", "2023-10-24",
     "Guterres told the Security Council that the Hamas attacks “did not happen in a vacuum.” "
     "Israel's ambassador to the UN, Gilad Erdan, demanded that he resign.",
     [Q("the Hamas attacks “did not happen in a vacuum.”", "mixed", "Guterres",
        "told the Security Council", IO("Antonio Guterres", "UN"), "named")]),
    ("qd-0058", "2022-02-24",
     "Russian troops crossed into Ukraine from the north, east and south early on Thursday, "
     "according to Ukraine's border guard service. Zelensky said Kyiv was cutting diplomatic ties "
     "with Moscow. “We will give weapons to anyone who wants to defend the country,” he said in a "
     "video address.",
     [Q("Russian troops crossed into Ukraine from the north, east and south early on Thursday",
        "indirect", "Ukraine's border guard service", "according to", {"country": "UKR"}, "according"),
      Q("Kyiv was cutting diplomatic ties with Moscow", "indirect", "Zelensky", "said",
        P("Volodymyr Zelensky", "UKR", "GOV"), "named"),
      Q("We will give weapons to anyone who wants to defend the country,", "direct", "he", "said",
        P("Volodymyr Zelensky", "UKR", "GOV"), "pronoun")]),
    ("qd-0059", "2025-03-11",
     "Ukrainian and American officials met in Jeddah on Tuesday. “The ball is now in Russia's "
     "court,” U.S. Secretary of State Marco Rubio told reporters after the talks. Ukraine's "
     "delegation said Kyiv was ready to accept a 30-day ceasefire.",
     [Q("The ball is now in Russia's court,", "direct", "U.S. Secretary of State Marco Rubio",
        "told reporters", P("Marco Rubio", "USA", "GOV"), "named"),
      Q("Kyiv was ready to accept a 30-day ceasefire", "indirect", "Ukraine's delegation", "said",
        S("UKR"), "org")]),
    ("qd-0060", "2024-12-04",
     "South Korea's President Yoon Suk Yeol lifted martial law after lawmakers voted against it. "
     "Opposition leader Lee Jae-myung called the decree illegal. “Yoon is no longer fit to "
     "govern,” Lee said, and his Democratic Party said it would seek the president's impeachment.",
     [Q("Yoon is no longer fit to govern,", "direct", "Lee", "said", P("Lee Jae-myung", "KOR"),
        "named"),
      Q("it would seek the president's impeachment", "indirect", "his Democratic Party", "said",
        {"country": "KOR"}, "org")]),
    ("qd-0061", "2023-07-17",
     "Russia pulled out of the Black Sea grain deal on Monday. “When the Russian part is fulfilled, "
     "we will return,” Kremlin spokesman Dmitry Peskov said. Turkish President Recep Tayyip "
     "Erdogan said he believed Putin wanted the deal to continue. “I will discuss it with him by "
     "phone,” the Turkish leader added.",
     [Q("When the Russian part is fulfilled, we will return,", "direct",
        "Kremlin spokesman Dmitry Peskov", "said", P("Dmitry Peskov", "RUS", "GOV"), "named"),
      Q("he believed Putin wanted the deal to continue", "indirect",
        "Turkish President Recep Tayyip Erdogan", "said", P("Recep Tayyip Erdogan", "TUR", "GOV"),
        "named"),
      Q("I will discuss it with him by phone,", "direct", "the Turkish leader", "added",
        P("Recep Tayyip Erdogan", "TUR", "GOV"), "title")]),
    ("qd-0062", "2024-03-27",
     "Senegal's opposition candidate Bassirou Diomaye Faye won the presidential election in the "
     "first round. “I will govern with humility and transparency,” Faye said in his first speech. "
     "Outgoing President Macky Sall congratulated him.",
     [Q("I will govern with humility and transparency,", "direct", "Faye", "said",
        P("Bassirou Diomaye Faye", "SEN"), "named")]),
    ("qd-0063", "2025-05-10",
     "India and Pakistan agreed to a ceasefire after four days of fighting. “Pakistan has always "
     "strived for peace,” Foreign Minister Ishaq Dar wrote on X. An Indian government source said "
     "the agreement had been reached directly between the two militaries.",
     [Q("Pakistan has always strived for peace,", "direct", "Foreign Minister Ishaq Dar", "wrote",
        P("Ishaq Dar", "PAK", "GOV"), "named"),
      Q("the agreement had been reached directly between the two militaries", "indirect",
        "An Indian government source", "said", S("IND"), "unnamed")]),
    ("qd-0064", "2023-11-24",
     "Qatar's foreign ministry spokesman, Majed al-Ansari, said the truce in Gaza had begun at 7 a.m. "
     "and that the first hostages would be freed in the afternoon. “We hope this pause will lead to a "
     "lasting ceasefire,” he told a news conference in Doha.",
     [Q("the truce in Gaza had begun at 7 a.m.", "indirect",
        "Qatar's foreign ministry spokesman, Majed al-Ansari", "said", P("Majed al-Ansari", "QAT", "GOV"),
        "named"),
      Q("the first hostages would be freed in the afternoon", "indirect",
        "Qatar's foreign ministry spokesman, Majed al-Ansari", "said", P("Majed al-Ansari", "QAT", "GOV"),
        "named"),
      Q("We hope this pause will lead to a lasting ceasefire,", "direct", "he", "told a news conference",
        P("Majed al-Ansari", "QAT", "GOV"), "pronoun")]),
    # qd-0065 onwards were written after the speaker rules, to check them on fresh text
    ("qd-0065", "2024-05-20",
     "Iran's state media said President Ebrahim Raisi had been killed in a helicopter crash in "
     "the northwest. First Vice President Mohammad Mokhber will take over as interim president, "
     "the news agency IRNA reported. “The nation has lost a tireless servant,” Supreme Leader Ali "
     "Khamenei said in a statement.",
     [Q("President Ebrahim Raisi had been killed in a helicopter crash in the northwest", "indirect",
        "Iran's state media", "said", S("IRN", "MED"), "org"),
      Q("First Vice President Mohammad Mokhber will take over as interim president", "indirect",
        "the news agency IRNA", "reported", {"country": "IRN"}, "org"),
      Q("The nation has lost a tireless servant,", "direct", "Supreme Leader Ali Khamenei", "said",
        P("Ali Khamenei", "IRN", "GOV"), "named")]),
    ("qd-0066", "2023-02-08",
     "Rescuers in southern Turkey pulled a girl alive from the rubble of her home on Wednesday. "
     "“We heard her voice at dawn and worked for six hours,” said one of the rescuers, a volunteer "
     "from Adana. Turkish President Recep Tayyip Erdogan admitted there had been shortcomings in "
     "the response. “It is not possible to be ready for a disaster like this,” he said.",
     [Q("We heard her voice at dawn and worked for six hours,", "direct",
        "one of the rescuers, a volunteer from Adana", "said", {"country": "TUR"}, "unnamed"),
      Q("there had been shortcomings in the response", "indirect",
        "Turkish President Recep Tayyip Erdogan", "admitted", P("Recep Tayyip Erdogan", "TUR", "GOV"),
        "named"),
      Q("It is not possible to be ready for a disaster like this,", "direct", "he", "said",
        P("Recep Tayyip Erdogan", "TUR", "GOV"), "pronoun")]),
    ("qd-0067", "2024-11-27",
     "Israel and Hezbollah began a ceasefire on Wednesday after more than a year of fighting. "
     "Lebanon's caretaker prime minister, Najib Mikati, called it “a fundamental step” towards "
     "calm. An Israeli security official said troops would stay in southern Lebanon for up to 60 "
     "days.",
     [Q("troops would stay in southern Lebanon for up to 60 days", "indirect",
        "An Israeli security official", "said", S("ISR", "COP"), "unnamed")]),
    ("qd-0068", "2023-06-06",
     "The Kakhovka dam on the Dnipro river was destroyed overnight, flooding villages downstream. "
     "Zelensky accused Russian troops of blowing it up. The Kremlin said Ukraine was to blame. "
     "“This was deliberate sabotage,” Peskov told reporters, without offering evidence.",
     [Q("Ukraine was to blame", "indirect", "The Kremlin", "said", S("RUS"), "org"),
      Q("This was deliberate sabotage,", "direct", "Peskov", "told reporters",
        P("Dmitry Peskov", "RUS", "GOV"), "named")]),
    ("qd-0069", "2025-02-12",
     "Colombia's defence minister, Pedro Sánchez, said the army had sent more troops to the "
     "Catatumbo region after clashes between rebel groups. The ELN rebels said in a statement "
     "that they were defending the local population. A resident of Tibu said families had fled to "
     "Cucuta.",
     [Q("the army had sent more troops to the Catatumbo region after clashes between rebel groups",
        "indirect", "Colombia's defence minister, Pedro Sánchez", "said", P("Pedro Sanchez", "COL"),
        "absent"),
      Q("they were defending the local population", "indirect", "The ELN rebels", "said",
        {"sector": "REB"}, "org"),
      Q("families had fled to Cucuta", "indirect", "A resident of Tibu", "said",
        {"country": "COL"}, "unnamed")]),
    ("qd-0070", "2024-06-10",
     "French President Emmanuel Macron dissolved the National Assembly after his party's defeat in "
     "the European election. “I have heard your message,” he said in a televised address. "
     "National Rally leader Jordan Bardella said his party was ready to govern. Prime Minister "
     "Gabriel Attal said he had not been told in advance.",
     [Q("I have heard your message,", "direct", "he", "said", P("Emmanuel Macron", "FRA", "GOV"),
        "pronoun"),
      Q("his party was ready to govern", "indirect", "National Rally leader Jordan Bardella", "said",
        P("Jordan Bardella", "FRA"), "named"),
      Q("he had not been told in advance", "indirect", "Prime Minister Gabriel Attal", "said",
        P("Gabriel Attal", "FRA", "GOV"), "named")]),
    ("qd-0071", "2023-10-15",
     "The World Health Organization warned that hospitals in northern Gaza could not be evacuated "
     "safely. “Forcing more than 2,000 patients to move is a death sentence,” the agency said. "
     "Its director general, Tedros Adhanom Ghebreyesus, called for the order to be reversed.",
     [Q("hospitals in northern Gaza could not be evacuated safely", "indirect",
        "The World Health Organization", "warned", I("WHO"), "org"),
      Q("Forcing more than 2,000 patients to move is a death sentence,", "direct", "the agency",
        "said", I("WHO"), "title")]),
    ("qd-0072", "2024-04-25",
     "Haiti's transitional council was sworn in on Thursday in Port-au-Prince. Its members said "
     "restoring security was their first task. “The gangs must not decide the future of this "
     "country,” said council member Edgard Leblanc Fils, who was later chosen as its president.",
     [Q("restoring security was their first task", "indirect", "Its members", "said",
        {"country": "HTI"}, "org"),
      Q("The gangs must not decide the future of this country,", "direct",
        "council member Edgard Leblanc Fils", "said", P("Edgard Leblanc Fils", "HTI"), "postposed")]),
    ("qd-0073", "2022-10-25",
     "Rishi Sunak became Britain's prime minister on Tuesday. “I will fix the mistakes that have "
     "been made,” he said outside Downing Street. The outgoing prime minister, Liz Truss, wished "
     "him well and said she remained confident that brighter days lay ahead.",
     [Q("I will fix the mistakes that have been made,", "direct", "he", "said",
        P("Rishi Sunak", "GBR", "GOV"), "pronoun"),
      Q("she remained confident that brighter days lay ahead", "indirect",
        "The outgoing prime minister, Liz Truss", "said", P("Liz Truss", "GBR"), "named")]),
    ("qd-0074", "2024-02-26",
     "Palestinian Prime Minister Mohammad Shtayyeh submitted his government's resignation on "
     "Monday. A spokesman for President Mahmoud Abbas said the president had accepted it. “The next "
     "stage needs new arrangements,” Shtayyeh told the cabinet.",
     [Q("the president had accepted it", "indirect", "A spokesman for President Mahmoud Abbas",
        "said", S("PSE"), "unnamed"),
      Q("The next stage needs new arrangements,", "direct", "Shtayyeh", "told the cabinet",
        P("Mohammad Shtayyeh", "PSE", "GOV"), "named")]),
    ("qd-0075", "2025-03-19",
     "Thousands protested in Istanbul after police detained the city's mayor, Ekrem Imamoglu. "
     "“We will not bow to this tyranny,” Imamoglu wrote on X. The Turkish justice minister said the "
     "judiciary was independent and that no one was above the law.",
     [Q("We will not bow to this tyranny,", "direct", "Imamoglu", "wrote",
        P("Ekrem Imamoglu", "TUR"), "named"),
      Q("the judiciary was independent", "indirect", "The Turkish justice minister", "said",
        {"country": "TUR"}, "title"),
      Q("no one was above the law", "indirect", "The Turkish justice minister", "said",
        {"country": "TUR"}, "title")]),
    ("qd-0076", "2023-04-03",
     "Finland joined NATO on Tuesday, doubling the length of the alliance's border with Russia. "
     "“Finland's membership makes us all safer,” Secretary-General Jens Stoltenberg said at a "
     "ceremony in Brussels. Moscow said it would take countermeasures.",
     [Q("Finland's membership makes us all safer,", "direct", "Secretary-General Jens Stoltenberg",
        "said", IO("Jens Stoltenberg", "NATO"), "named"),
      Q("it would take countermeasures", "indirect", "Moscow", "said", S("RUS"), "org")]),
    ("qd-0077", "2024-10-14",
     "China's military said it had staged large-scale drills around Taiwan as a warning to "
     "“separatist forces.” Taiwan's defence ministry said it had detected 153 Chinese aircraft. "
     "A senior official in Taipei said the drills were meant to intimidate the island's new "
     "president.",
     [Q("it had staged large-scale drills around Taiwan as a warning to “separatist forces.”",
        "mixed", "China's military", "said", S("CHN", "MIL"), "org"),
      Q("it had detected 153 Chinese aircraft", "indirect", "Taiwan's defence ministry", "said",
        S("TWN", "MIL"), "org"),
      Q("the drills were meant to intimidate the island's new president", "indirect",
        "A senior official in Taipei", "said", S("TWN"), "unnamed")]),
    ("qd-0078", "2024-01-07",
     "Bangladesh's ruling Awami League won a fourth term in an election boycotted by the main "
     "opposition party. “The people have rejected violence,” Prime Minister Sheikh Hasina said. "
     "A leader of the Bangladesh Nationalist Party, which boycotted the vote, called the election "
     "a farce.",
     [Q("The people have rejected violence,", "direct", "Prime Minister Sheikh Hasina", "said",
        P("Sheikh Hasina", "BGD", "GOV"), "named")]),
    ("qd-0079", "2023-08-24",
     "South Africa's President Cyril Ramaphosa announced that six countries had been invited to "
     "join BRICS. Chinese President Xi Jinping called the expansion “historic.” Brazil's Lula said "
     "the group would become stronger. “We are not a rival to the G7,” he told reporters.",
     [Q("six countries had been invited to join BRICS", "indirect",
        "South Africa's President Cyril Ramaphosa", "announced", P("Cyril Ramaphosa", "ZAF", "GOV"),
        "named"),
      Q("the group would become stronger", "indirect", "Brazil's Lula", "said",
        P("Luiz Inacio Lula da Silva", "BRA", "GOV"), "named"),
      Q("We are not a rival to the G7,", "direct", "he", "told reporters",
        P("Luiz Inacio Lula da Silva", "BRA", "GOV"), "pronoun")]),
    ("qd-0080", "2025-04-02",
     "An earthquake of magnitude 7.7 struck central Myanmar last week. The junta said the death "
     "toll had passed 2,800. “We have no machines, so we dig with our hands,” a rescue worker in "
     "Mandalay told a reporter. The UN humanitarian office said aid was not reaching areas held by "
     "rebels.",
     [Q("the death toll had passed 2,800", "indirect", "The junta", "said", S("MMR", "MIL"), "org"),
      Q("We have no machines, so we dig with our hands,", "direct", "a rescue worker in Mandalay",
        "told a reporter", {"country": "MMR"}, "unnamed"),
      Q("aid was not reaching areas held by rebels", "indirect", "The UN humanitarian office",
        "said", I("OCHA"), "org")]),
    # qd-0081 onwards: people the knowledge base does not know, introduced in varied ways
    ("qd-0081", "2024-09-12",
     "Nkechi Obiora, who heads the Lagos chapter of the Nigeria Labour Congress, said workers "
     "would strike next week unless fuel prices came down. “We have waited long enough,” she told "
     "a rally.",
     [Q("workers would strike next week unless fuel prices came down", "indirect", "Nkechi Obiora",
        "said", P("Nkechi Obiora", "NGA"), "absent"),
      Q("We have waited long enough,", "direct", "she", "told a rally", P("Nkechi Obiora", "NGA"),
        "pronoun")]),
    ("qd-0082", "2023-11-02",
     "Tomas Halvorsen, a researcher at the Norwegian Institute of International Affairs in Oslo, "
     "said the Arctic council had been paralysed since 2022. “Cooperation with Russia is frozen,” "
     "Halvorsen said.",
     [Q("the Arctic council had been paralysed since 2022", "indirect", "Tomas Halvorsen", "said",
        P("Tomas Halvorsen", "NOR", "NGO"), "absent"),
      Q("Cooperation with Russia is frozen,", "direct", "Halvorsen", "said",
        P("Tomas Halvorsen", "NOR", "NGO"), "absent")]),
    ("qd-0083", "2024-03-04",
     "Kenya's interior minister, Kithure Kindiki, said police officers would still deploy to Haiti. "
     "Opposition lawmaker Rachel Wambui said the mission was unconstitutional. “Our courts have "
     "already ruled on this,” she said.",
     [Q("police officers would still deploy to Haiti", "indirect",
        "Kenya's interior minister, Kithure Kindiki", "said", P("Kithure Kindiki", "KEN", "GOV"),
        "named"),
      Q("the mission was unconstitutional", "indirect", "Opposition lawmaker Rachel Wambui", "said",
        P("Rachel Wambui", "KEN"), "absent"),
      Q("Our courts have already ruled on this,", "direct", "she", "said", P("Rachel Wambui", "KEN"),
        "pronoun")]),
    ("qd-0084", "2025-05-06",
     "Argentina's economy ministry said inflation had slowed for a fifth month. Economist Laura "
     "Benítez of the University of Buenos Aires said wages were still falling behind. “People "
     "feel poorer than the numbers say,” Benítez said.",
     [Q("inflation had slowed for a fifth month", "indirect", "Argentina's economy ministry", "said",
        S("ARG"), "org"),
      Q("wages were still falling behind", "indirect",
        "Economist Laura Benítez of the University of Buenos Aires", "said",
        P("Laura Benitez", "ARG", "EDU"), "absent"),
      Q("People feel poorer than the numbers say,", "direct", "Benítez", "said",
        P("Laura Benitez", "ARG", "EDU"), "absent")]),
    ("qd-0085", "2023-07-20",
     "Swedish police allowed a protest outside the Iraqi embassy in Stockholm. Iraq's foreign "
     "ministry said it had expelled the Swedish ambassador. “This is an insult to millions of "
     "believers,” ministry spokesman Ahmed al-Sahaf said.",
     [Q("it had expelled the Swedish ambassador", "indirect", "Iraq's foreign ministry", "said",
        S("IRQ"), "org"),
      Q("This is an insult to millions of believers,", "direct", "ministry spokesman Ahmed al-Sahaf",
        "said", P("Ahmed al-Sahaf", "IRQ", "GOV"), "absent")]),
    ("qd-0086", "2024-10-28",
     "Georgia's ruling party claimed victory in Saturday's parliamentary election. President "
     "Salome Zourabichvili refused to recognise the result. Irakli Kobakhidze, the prime minister, "
     "said the vote had been free and fair. “The opposition is trying to start a revolution,” the "
     "prime minister said.",
     [Q("the vote had been free and fair", "indirect", "Irakli Kobakhidze, the prime minister",
        "said", P("Irakli Kobakhidze", "GEO", "GOV"), "named"),
      Q("The opposition is trying to start a revolution,", "direct", "the prime minister", "said",
        P("Irakli Kobakhidze", "GEO", "GOV"), "title")]),
    ("qd-0087", "2024-08-14",
     "The World Health Organization declared the mpox outbreak in Africa a global emergency. "
     "Jean Kaseya, the head of Africa CDC, said the continent needed ten million vaccine doses. "
     "“We cannot wait for another pandemic to act,” he said.",
     [Q("the continent needed ten million vaccine doses", "indirect", "Jean Kaseya", "said",
        P("Jean Kaseya"), "absent"),
      Q("We cannot wait for another pandemic to act,", "direct", "he", "said", P("Jean Kaseya"),
        "pronoun")]),
    ("qd-0088", "2023-05-29",
     "Nigeria's new president, Bola Tinubu, said in his inaugural speech that the fuel subsidy "
     "was gone. A spokesman for the Nigeria Labour Congress said the union would meet to decide its "
     "response.",
     [Q("the fuel subsidy was gone", "indirect", "Nigeria's new president, Bola Tinubu", "said",
        P("Bola Tinubu", "NGA", "GOV"), "named"),
      Q("the union would meet to decide its response", "indirect",
        "A spokesman for the Nigeria Labour Congress", "said", {"country": "NGA"}, "unnamed")]),
    ("qd-0089", "2022-07-14",
     "Sri Lanka's president, Gotabaya Rajapaksa, sent his resignation from Singapore. Protesters "
     "left the buildings they had occupied in Colombo. “Our struggle is not over,” said Chameera "
     "Dedduwage, one of the protest organisers.",
     [Q("Our struggle is not over,", "direct", "Chameera Dedduwage", "said",
        P("Chameera Dedduwage", "LKA"), "postposed")]),
    ("qd-0090", "2025-01-09",
     "Lebanon's parliament elected army commander Joseph Aoun as president on Thursday. He said "
     "the state alone would hold weapons. French Foreign Minister Jean-Noël Barrot said Paris "
     "welcomed the vote. The Lebanese army said it would keep deploying in the south.",
     [Q("the state alone would hold weapons", "indirect", "He", "said", P("Joseph Aoun", "LBN"),
        "pronoun"),
      Q("Paris welcomed the vote", "indirect", "French Foreign Minister Jean-Noël Barrot", "said",
        P("Jean-Noel Barrot", "FRA", "GOV"), "named"),
      Q("it would keep deploying in the south", "indirect", "The Lebanese army", "said",
        S("LBN", "MIL"), "org")]),
    # qd-0091 onwards: a last mixed batch, written after the rules above
    ("qd-0091", "2017-09-19",
     "Trump told the UN General Assembly that the United States might have to “totally destroy” "
     "North Korea. North Korea's foreign minister, Ri Yong Ho, compared the speech to “the sound "
     "of a dog barking.” A spokesman for South Korea's presidential office said Seoul hoped for "
     "calm.",
     [Q("the United States might have to “totally destroy” North Korea", "mixed", "Trump",
        "told the UN General Assembly", P("Donald Trump", "USA", "GOV"), "named"),
      Q("Seoul hoped for calm", "indirect", "A spokesman for South Korea's presidential office",
        "said", S("KOR"), "unnamed")]),
    ("qd-0092", "2019-07-20",
     "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz. Britain's "
     "foreign secretary, Jeremy Hunt, said the seizure was unacceptable. “Our reaction will be "
     "considered but robust,” he wrote on Twitter.",
     [Q("the seizure was unacceptable", "indirect", "Britain's foreign secretary, Jeremy Hunt",
        "said", P("Jeremy Hunt", "GBR", "GOV"), "named"),
      Q("Our reaction will be considered but robust,", "direct", "he", "wrote",
        P("Jeremy Hunt", "GBR", "GOV"), "pronoun")]),
    ("qd-0093", "2024-03-22",
     "Gunmen opened fire in a concert hall near Moscow, killing more than 130 people. The Islamic "
     "State group claimed responsibility, the group's Amaq news agency said. Putin said the "
     "attackers had tried to flee towards Ukraine, which Kyiv denied.\n\n“This is absurd,” "
     "Ukrainian military intelligence said in a statement.",
     [Q("The Islamic State group claimed responsibility", "indirect",
        "the group's Amaq news agency", "said", {"sector": "MED"}, "org"),
      Q("the attackers had tried to flee towards Ukraine", "indirect", "Putin", "said",
        P("Vladimir Putin", "RUS", "GOV"), "named"),
      Q("This is absurd,", "direct", "Ukrainian military intelligence", "said", {"country": "UKR"},
        "org")]),
    ("qd-0094", "2023-01-25",
     "Germany will send Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz told parliament. Defence "
     "Minister Boris Pistorius said the first tanks could arrive by the end of March. "
     "“This is a turning point,” the minister told reporters.",
     [Q("Germany will send Leopard 2 tanks to Ukraine", "indirect", "Chancellor Olaf Scholz",
        "told parliament", P("Olaf Scholz", "DEU", "GOV"), "postposed"),
      Q("the first tanks could arrive by the end of March", "indirect",
        "Defence Minister Boris Pistorius", "said", P("Boris Pistorius", "DEU"), "named"),
      Q("This is a turning point,", "direct", "the minister", "told reporters",
        P("Boris Pistorius", "DEU"), "title")]),
    ("qd-0095", "2024-12-17",
     "The EU's new foreign policy chief, Kaja Kallas, said the bloc would keep supporting Ukraine "
     "for as long as needed. Hungarian Foreign Minister Peter Szijjarto disagreed. “Sanctions have "
     "failed,” he told state radio.",
     [Q("the bloc would keep supporting Ukraine for as long as needed", "indirect",
        "The EU's new foreign policy chief, Kaja Kallas", "said", IO("Kaja Kallas", "EU"), "named"),
      Q("Sanctions have failed,", "direct", "he", "told state radio",
        P("Peter Szijjarto", "HUN", "GOV"), "pronoun")]),
    ("qd-0096", "2023-09-28",
     "Nagorno-Karabakh's separatist government said it would dissolve itself by the end of the "
     "year. Samvel Shahramanyan, the region's leader, signed the decree. Azerbaijan's foreign "
     "ministry said the decision opened the way to reintegration.",
     [Q("it would dissolve itself by the end of the year", "indirect",
        "Nagorno-Karabakh's separatist government", "said", {"sector": "REB"}, "org"),
      Q("the decision opened the way to reintegration", "indirect", "Azerbaijan's foreign ministry",
        "said", S("AZE"), "org")]),
    ("qd-0097", "2022-04-03",
     "Ukrainian officials said bodies of civilians had been found in the streets of Bucha after "
     "Russian troops withdrew. “This is genocide,” Zelensky told CBS. Russia's defence ministry "
     "called the images a “staged provocation.”",
     [Q("bodies of civilians had been found in the streets of Bucha after Russian troops withdrew",
        "indirect", "Ukrainian officials", "said", S("UKR"), "unnamed"),
      Q("This is genocide,", "direct", "Zelensky", "told CBS", P("Volodymyr Zelensky", "UKR", "GOV"),
        "named")]),
    ("qd-0098", "2024-07-13",
     "Mexican President Andrés Manuel López Obrador said he had spoken to President-elect Claudia "
     "Sheinbaum about security. “She will continue the policy of hugs, not bullets,” the "
     "president said at his morning news conference.",
     [Q("She will continue the policy of hugs, not bullets,", "direct", "the president", "said",
        P("Andres Manuel Lopez Obrador", "MEX", "GOV"), "title")]),
    ("qd-0099", "2025-06-22",
     "The United States struck three nuclear sites in Iran overnight. “Iran's key enrichment "
     "facilities have been totally obliterated,” Trump said in an address. Iran's foreign "
     "minister, Abbas Araghchi, said the attack would have “everlasting consequences.”",
     [Q("Iran's key enrichment facilities have been totally obliterated,", "direct", "Trump", "said",
        P("Donald Trump", "USA", "GOV"), "named"),
      Q("the attack would have “everlasting consequences.”", "mixed",
        "Iran's foreign minister, Abbas Araghchi", "said", P("Abbas Araghchi", "IRN", "GOV"), "named")]),
    ("qd-0100", "2021-08-16",
     "The Taliban entered Kabul on Sunday as President Ashraf Ghani fled the country. A Taliban "
     "spokesman, Suhail Shaheen, told the BBC that the group wanted peaceful relations with the "
     "world. “The war is over,” another spokesman said.",
     [Q("the group wanted peaceful relations with the world", "indirect",
        "A Taliban spokesman, Suhail Shaheen", "told the BBC", P("Suhail Shaheen"), "named"),
      Q("The war is over,", "direct", "another spokesman", "said", {"sector": "REB"},
        "unnamed")]),
]


def _tags(quotes: list[Q], text: str) -> list[str]:
    tags = {q.kind for q in quotes} | {f"speaker:{q.form}" for q in quotes}
    if any(q.continues is not None for q in quotes):
        tags.add("split")
    if "\n\n" in text:
        tags.add("paragraphs")
    return sorted(tags)


def _record(item: tuple[str, str, str, list[Q]]) -> dict[str, object]:
    key, date, text, quotes = item
    out, cursor = [], 0
    for q in quotes:
        start = text.find(q.content, cursor)
        for _ in range(q.skip):
            start = text.find(q.content, start + 1)
        if start < 0:
            raise SystemExit(f"{key}: content not found: {q.content!r}")
        end = start + len(q.content)
        assert text[start:end] == q.content
        if q.speaker_text not in text and q.speaker_text.lower() not in text.lower():
            raise SystemExit(f"{key}: speaker text not in the text: {q.speaker_text!r}")
        out.append({
            "content": q.content, "start": start, "end": end, "kind": q.kind,
            "speaker_text": q.speaker_text, "cue": q.cue, "speaker": q.speaker,
            "continues": q.continues,
        })  # fmt: skip
        cursor = start + 1
    return {"id": key, "date": date, "text": text, "quotes": out, "non_quotes": [],
            "tags": _tags(quotes, text)}  # fmt: skip


def main() -> None:
    records = [_record(item) for item in ITEMS]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with OUT.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    forms = Counter(q.form for *_, quotes in ITEMS for q in quotes)
    kinds = Counter(q.kind for *_, quotes in ITEMS for q in quotes)
    print(f"{len(records)} items, {sum(kinds.values())} quotes; {dict(kinds)}; {dict(forms)}")


if __name__ == "__main__":
    main()
