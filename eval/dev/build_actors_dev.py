"""Build eval/dev/actors-dev.jsonl from the items below, computing every offset.

Each mention is (surface, kind, expected) or (surface, kind, expected, skip): the surface is
searched at word boundaries from the end of the previous mention, skipping ``skip`` earlier
occurrences. The script checks that spans are ordered, do not overlap and equal the text.
Run: python eval/dev/build_actors_dev.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("actors-dev.jsonl")


def g(country: str, sector: str = "GOV") -> dict[str, str]:
    return {"country": country, "sector": sector}


def p(name: str, country: str | None = None, sector: str | None = None) -> dict[str, str]:
    found = {"name": name}
    if country:
        found["country"] = country
    if sector:
        found["sector"] = sector
    return found


def io(name: str, igo: str) -> dict[str, str]:
    return {"name": name, "igo": igo, "sector": "IGO"}


def i(igo: str) -> dict[str, str]:
    return {"igo": igo}


def c(country: str) -> dict[str, str]:
    return {"country": country}


ITEMS: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    ("dev-001", "2024-06-26",
     "Kenyan police officers arrived in Haiti on Tuesday to lead a multinational security mission, "
     "almost a year after Nairobi offered to take charge. President William Ruto said the deployment "
     "showed that Africa could share the burden, and he thanked Washington for paying for most of it.",
     [("Kenyan", "demonym", g("KEN", "COP")), ("Nairobi", "metonym", g("KEN")),
      ("William Ruto", "name", p("William Ruto", "KEN", "GOV")), ("he", "pronoun", p("William Ruto")),
      ("Washington", "metonym", g("USA"))]),
    ("dev-002", "2024-03-24",
     "Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas "
     "Shoal on Saturday, injuring several crew members, Manila said. The Philippine foreign ministry "
     "summoned a Chinese envoy, and the ministry said Beijing's actions had put lives at risk. A "
     "spokesperson for the Chinese embassy accused the Philippines of trespassing.",
     [("Chinese", "demonym", c("CHN")), ("Manila", "metonym", g("PHL")),
      ("The Philippine foreign ministry", "institution", g("PHL")),
      ("a Chinese envoy", "unnamed", g("CHN")), ("the ministry", "description", g("PHL")),
      ("Beijing", "metonym", g("CHN")), ("A spokesperson", "unnamed", g("CHN")),
      ("the Philippines", "name", g("PHL"))]),
    ("dev-003", "2023-07-29",
     "Soldiers who seized power in Niger this week said they had suspended the constitution, and "
     "the head of the presidential guard, General Abdourahamane Tchiani, declared himself leader of "
     "a transitional council. President Mohamed Bazoum is being held in his residence. ECOWAS gave "
     "the junta a week to reinstate Bazoum, and the bloc said it did not rule out the use of force.",
     [("Abdourahamane Tchiani", "name", p("Abdourahamane Tchiani", "NER", "GOV")),
      ("himself", "pronoun", p("Abdourahamane Tchiani")),
      ("Mohamed Bazoum", "name", p("Mohamed Bazoum", "NER")), ("his", "pronoun", p("Mohamed Bazoum")),
      ("ECOWAS", "name", i("ECOWAS")), ("the junta", "description", g("NER", "MIL")),
      ("Bazoum", "surname", p("Mohamed Bazoum")), ("the bloc", "description", i("ECOWAS")),
      ("it", "pronoun", i("ECOWAS"))]),
    ("dev-004", "2024-01-15",
     "Lai Ching-te of the Democratic Progressive Party won Taiwan's presidential election on "
     "Saturday, defying warnings from Beijing that voters faced a choice between war and peace. "
     "China's Taiwan Affairs Office said the result would not stop reunification. The U.S. State "
     "Department congratulated Lai, and Japan's foreign minister, Yoko Kamikawa, said Tokyo hoped "
     "for dialogue across the strait.",
     [("Lai Ching-te", "name", p("Lai Ching-te", "TWN")), ("Beijing", "metonym", g("CHN")),
      ("China's Taiwan Affairs Office", "institution", g("CHN")),
      ("The U.S. State Department", "institution", g("USA")), ("Lai", "surname", p("Lai Ching-te")),
      ("Japan's foreign minister", "title", p("Yoko Kamikawa", "JPN", "GOV")),
      ("Yoko Kamikawa", "name", p("Yoko Kamikawa", "JPN", "GOV")), ("Tokyo", "metonym", g("JPN"))]),
    ("dev-005", "2023-10-16",
     "Donald Tusk claimed victory for the opposition on Monday after the ruling Law and Justice party "
     "lost its majority. The former European Council president said his Civic Coalition was ready to "
     "govern with two smaller allies. Law and Justice, led by Jaroslaw Kaczynski, won the most votes "
     "but has no obvious partner, and President Andrzej Duda must decide whom to ask first.",
     [("Donald Tusk", "name", p("Donald Tusk", "POL")), ("Law and Justice", "name", g("POL", "PTY")),
      ("its", "pronoun", g("POL", "PTY")),
      ("The former European Council president", "title", p("Donald Tusk", "POL")),
      ("his", "pronoun", p("Donald Tusk")), ("Civic Coalition", "name", g("POL", "PTY")),
      ("Law and Justice", "name", g("POL", "PTY")), ("Jaroslaw Kaczynski", "name", p("Jaroslaw Kaczynski")),
      ("Andrzej Duda", "name", p("Andrzej Duda", "POL", "GOV"))]),
    ("dev-006", "2022-09-22",
     "Dmitry Peskov, the Kremlin's spokesman, said on Thursday that reports of men fleeing "
     "mobilisation were exaggerated, and he denied that Russia planned to close its borders. "
     "Moscow-backed separatists in four occupied regions began voting on joining Russia, a ballot "
     "that Kyiv and Western governments called a sham.",
     [("Dmitry Peskov", "name", p("Dmitry Peskov", "RUS", "GOV")),
      ("the Kremlin's spokesman", "title", p("Dmitry Peskov")), ("he", "pronoun", p("Dmitry Peskov")),
      ("Russia", "name", g("RUS")), ("its", "pronoun", c("RUS")), ("Moscow", "metonym", g("RUS")),
      ("separatists", "description", {"sector": "REB"}), ("Kyiv", "metonym", g("UKR")),
      ("Western governments", "unnamed", {"sector": "GOV"})]),
    ("dev-007", "2025-03-01",
     "Volodymyr Zelensky left the White House early on Friday after a heated exchange with Donald "
     "Trump and Vice President JD Vance in the Oval Office. The U.S. president accused his Ukrainian "
     "counterpart of gambling with a third world war, and the signing of a minerals deal was called "
     "off. Within hours the French president said there was an aggressor, Russia, and a people under "
     "attack, Ukraine.",
     [("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("Donald Trump", "name", p("Donald Trump", "USA", "GOV")),
      ("JD Vance", "name", p("JD Vance", "USA", "GOV")),
      ("The U.S. president", "title", p("Donald Trump", "USA", "GOV")),
      ("his Ukrainian counterpart", "title", p("Volodymyr Zelensky", "UKR")),
      ("the French president", "title", p("Emmanuel Macron", "FRA", "GOV")),
      ("Russia", "name", g("RUS")), ("Ukraine", "name", c("UKR"))]),
    ("dev-008", "2024-11-20",
     "The head of the UN nuclear watchdog, Rafael Grossi, said on Wednesday that Iran had offered to "
     "stop expanding its stock of uranium enriched to 60 percent. Grossi, who met Iranian officials "
     "last week, told reporters the offer was a concrete step. Western diplomats were sceptical, and "
     "the agency's board is expected to vote on a resolution censuring Tehran.",
     [("The head of the UN nuclear watchdog", "title", io("Rafael Grossi", "IAEA")),
      ("Rafael Grossi", "name", io("Rafael Grossi", "IAEA")), ("Iran", "name", g("IRN")),
      ("its", "pronoun", c("IRN")), ("Grossi", "surname", p("Rafael Grossi")),
      ("Iranian officials", "unnamed", g("IRN")), ("Western diplomats", "unnamed", {"sector": "GOV"}),
      ("the agency's board", "description", i("IAEA")), ("Tehran", "metonym", g("IRN"))]),
    ("dev-009", "2023-04-16",
     "Fighting broke out in Khartoum on Saturday between Sudan's army and the paramilitary Rapid "
     "Support Forces, weeks after talks on merging the two forces stalled. The army said its "
     "aircraft had struck RSF bases, while the paramilitary group claimed to have seized the "
     "presidential palace. General Abdel Fattah al-Burhan, the army chief, called Mohamed Hamdan "
     "Dagalo a traitor, although the two leaders had seized power together in 2021.",
     [("Sudan's army", "institution", g("SDN", "MIL")),
      ("Rapid Support Forces", "name", p("Rapid Support Forces", None, "REB")),
      ("The army", "description", g("SDN", "MIL")), ("its", "pronoun", g("SDN", "MIL")),
      ("RSF", "name", p("Rapid Support Forces")),
      ("the paramilitary group", "description", p("Rapid Support Forces")),
      ("Abdel Fattah al-Burhan", "name", p("Abdel Fattah al-Burhan", "SDN", "GOV")),
      ("the army chief", "title", p("Abdel Fattah al-Burhan")),
      ("Mohamed Hamdan Dagalo", "name", p("Mohamed Hamdan Dagalo", None, "REB"))]),
    ("dev-010", "2024-10-02",
     "Iran fired about 180 ballistic missiles at Israel on Tuesday evening, saying it was avenging "
     "the killing of militant leaders. Israeli Prime Minister Benjamin Netanyahu said Tehran had "
     "made a big mistake and would pay for it. A spokesperson for the Iranian foreign ministry said "
     "the strikes were an act of self-defence, and the Revolutionary Guards warned Israel against "
     "retaliating.",
     [("Iran", "name", g("IRN")), ("Israel", "name", g("ISR")), ("it", "pronoun", c("IRN")),
      ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("Tehran", "metonym", g("IRN")), ("A spokesperson", "unnamed", g("IRN")),
      ("the Iranian foreign ministry", "institution", g("IRN")),
      ("the Revolutionary Guards", "name", g("IRN", "MIL")), ("Israel", "name", g("ISR"))]),
    ("dev-011", "2021-02-02",
     "Myanmar's military seized power on Monday and detained Aung San Suu Kyi, the country's elected "
     "leader, along with senior members of her party. The army said it had handed power to its "
     "commander, Min Aung Hlaing, and declared a state of emergency for a year. Washington "
     "threatened to reimpose sanctions on the generals, and the UN Security Council called an "
     "emergency meeting.",
     [("Myanmar's military", "institution", g("MMR", "MIL")),
      ("Aung San Suu Kyi", "name", p("Aung San Suu Kyi", "MMR")),
      ("the country's elected leader", "title", p("Aung San Suu Kyi")),
      ("her", "pronoun", p("Aung San Suu Kyi")), ("The army", "description", g("MMR", "MIL")),
      ("it", "pronoun", g("MMR", "MIL")), ("its commander", "title", p("Min Aung Hlaing", "MMR")),
      ("Min Aung Hlaing", "name", p("Min Aung Hlaing", "MMR")), ("Washington", "metonym", g("USA")),
      ("the generals", "description", g("MMR", "MIL")), ("the UN Security Council", "name", i("UNSC"))]),
    ("dev-012", "2025-03-20",
     "Turkish police detained Istanbul mayor Ekrem Imamoglu on Wednesday, days before his party was "
     "due to name him as its presidential candidate. Prosecutors accused the opposition politician "
     "of corruption. Ozgur Ozel, the leader of the Republican People's Party, called the detention a "
     "coup against the next president, and thousands of protesters gathered outside city hall "
     "despite a ban.",
     [("Turkish", "demonym", g("TUR", "COP")), ("Ekrem Imamoglu", "name", p("Ekrem Imamoglu", "TUR")),
      ("his", "pronoun", p("Ekrem Imamoglu")), ("him", "pronoun", p("Ekrem Imamoglu")),
      ("Prosecutors", "description", g("TUR", "JUD")),
      ("the opposition politician", "title", p("Ekrem Imamoglu")),
      ("Ozgur Ozel", "name", p("Ozgur Ozel", "TUR")),
      ("the Republican People's Party", "name", g("TUR", "PTY")),
      ("protesters", "description", g("TUR", "CVL"))]),
    ("dev-013", "2023-06-25",
     "Yevgeny Prigozhin called off his fighters' march on Moscow on Saturday evening, hours after "
     "Vladimir Putin had accused him of treason. Under a deal brokered by Belarusian President "
     "Alexander Lukashenko, the Wagner chief will move to Belarus and the charges against him will "
     "be dropped, the Kremlin said. The mercenaries had taken control of an army headquarters in "
     "Rostov-on-Don without a fight.",
     [("Yevgeny Prigozhin", "name", p("Yevgeny Prigozhin", "RUS", "REB")),
      ("his", "pronoun", p("Yevgeny Prigozhin")),
      ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")),
      ("him", "pronoun", p("Yevgeny Prigozhin")),
      ("Alexander Lukashenko", "name", p("Alexander Lukashenko", "BLR", "GOV")),
      ("the Wagner chief", "title", p("Yevgeny Prigozhin")), ("him", "pronoun", p("Yevgeny Prigozhin")),
      ("the Kremlin", "metonym", g("RUS")), ("The mercenaries", "description", p("Wagner Group", None, "REB"))]),
    ("dev-014", "2024-07-06",
     "Keir Starmer became Britain's prime minister on Friday after his Labour Party won a landslide, "
     "ending 14 years of Conservative rule. Rishi Sunak apologised to defeated colleagues and said he "
     "would step down as party leader. The new prime minister told staff that his government would "
     "be one of service.",
     [("Keir Starmer", "name", p("Keir Starmer", "GBR", "GOV")),
      ("Britain's prime minister", "title", p("Keir Starmer")), ("his", "pronoun", p("Keir Starmer")),
      ("Labour Party", "name", g("GBR", "PTY")), ("Rishi Sunak", "name", p("Rishi Sunak", "GBR")),
      ("he", "pronoun", p("Rishi Sunak")), ("The new prime minister", "title", p("Keir Starmer", "GBR", "GOV")),
      ("his", "pronoun", p("Keir Starmer"))]),
    ("dev-015", "2023-05-21",
     "Japanese Prime Minister Fumio Kishida hosted Group of Seven leaders in Hiroshima, where they "
     "agreed to tighten sanctions on Russia. Volodymyr Zelensky flew in to join the talks and met "
     "Indian Prime Minister Narendra Modi for the first time since the invasion. The Japanese leader "
     "said the summit had sent a message of unity.",
     [("Fumio Kishida", "name", p("Fumio Kishida", "JPN", "GOV")), ("Group of Seven", "name", i("G7")),
      ("they", "pronoun", i("G7")), ("Russia", "name", g("RUS")),
      ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("Narendra Modi", "name", p("Narendra Modi", "IND", "GOV")),
      ("The Japanese leader", "title", p("Fumio Kishida", "JPN", "GOV"))]),
    ("dev-016", "2024-12-09",
     "Bashar al-Assad fled to Moscow on Sunday as rebels led by Hayat Tahrir al-Sham entered "
     "Damascus, ending more than five decades of his family's rule. The Kremlin said the former "
     "president had been granted asylum. HTS leader Abu Mohammed al-Jolani told crowds at the "
     "Umayyad Mosque that the victory belonged to all Syrians.",
     [("Bashar al-Assad", "name", p("Bashar al-Assad", "SYR")), ("rebels", "description", {"sector": "REB"}),
      ("Hayat Tahrir al-Sham", "name", p("Hayat Tahrir al-Sham")), ("his", "pronoun", p("Bashar al-Assad")),
      ("The Kremlin", "metonym", g("RUS")), ("the former president", "title", p("Bashar al-Assad", "SYR")),
      ("HTS", "name", p("Hayat Tahrir al-Sham")), ("Abu Mohammed al-Jolani", "name", p("Ahmed al-Sharaa", "SYR")),
      ("Syrians", "demonym", g("SYR", "CVL"))]),
    ("dev-017", "2025-01-21",
     "Donald Trump was sworn in for a second term on Monday and signed a stack of executive orders "
     "within hours, including one pulling the country out of the World Health Organization. His "
     "predecessor, Joe Biden, attended the ceremony. The new administration also told the State "
     "Department to pause most foreign aid, and the Mexican president, Claudia Sheinbaum, said her "
     "government would respond calmly to any tariffs.",
     [("Donald Trump", "name", p("Donald Trump", "USA", "GOV")), ("the country", "description", g("USA")),
      ("the World Health Organization", "name", i("WHO")), ("His predecessor", "title", p("Joe Biden", "USA")),
      ("Joe Biden", "name", p("Joe Biden", "USA")), ("The new administration", "description", g("USA")),
      ("the State Department", "institution", g("USA")),
      ("the Mexican president", "title", p("Claudia Sheinbaum", "MEX", "GOV")),
      ("Claudia Sheinbaum", "name", p("Claudia Sheinbaum", "MEX", "GOV")),
      ("her", "pronoun", p("Claudia Sheinbaum"))]),
    ("dev-018", "2024-02-17",
     "Alexei Navalny, Russia's best-known opposition politician, died on Friday in an Arctic penal "
     "colony, the prison service said. His wife, Yulia Navalnaya, told a security conference in "
     "Munich that Vladimir Putin would be held responsible. Western officials echoed her, and U.S. "
     "President Joe Biden said he was outraged but not surprised.",
     [("Alexei Navalny", "name", p("Alexei Navalny", "RUS")),
      ("Russia's best-known opposition politician", "title", p("Alexei Navalny")),
      ("the prison service", "description", c("RUS")), ("His", "pronoun", p("Alexei Navalny")),
      ("Yulia Navalnaya", "name", p("Yulia Navalnaya", "RUS")),
      ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")),
      ("Western officials", "unnamed", {"sector": "GOV"}), ("her", "pronoun", p("Yulia Navalnaya")),
      ("Joe Biden", "name", p("Joe Biden", "USA", "GOV")), ("he", "pronoun", p("Joe Biden"))]),
    ("dev-019", "2023-12-15",
     "EU leaders agreed on Thursday to open membership talks with Ukraine and Moldova after "
     "Hungarian Prime Minister Viktor Orban left the room during the vote. Orban, who had threatened "
     "to veto the decision, said Budapest did not want to take part in a bad decision. President "
     "Volodymyr Zelensky called it a victory for Ukraine, and Moldova's president, Maia Sandu, "
     "thanked the bloc.",
     [("EU", "name", i("EU")), ("Ukraine", "name", c("UKR")), ("Moldova", "name", c("MDA")),
      ("Viktor Orban", "name", p("Viktor Orban", "HUN", "GOV")), ("Orban", "surname", p("Viktor Orban")),
      ("Budapest", "metonym", g("HUN")), ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("Ukraine", "name", c("UKR")), ("Moldova's president", "title", p("Maia Sandu", "MDA", "GOV")),
      ("Maia Sandu", "name", p("Maia Sandu", "MDA", "GOV")), ("the bloc", "description", i("EU"))]),
    ("dev-020", "2024-08-06",
     "Sheikh Hasina resigned as prime minister on Monday and fled by helicopter after weeks of "
     "student-led protests in which hundreds were killed. The army chief, General Waker-uz-Zaman, "
     "said in a televised address that the military would oversee an interim government. Protesters "
     "stormed her official residence, and President Mohammed Shahabuddin ordered the release of the "
     "jailed opposition leader Khaleda Zia.",
     [("Sheikh Hasina", "name", p("Sheikh Hasina", "BGD")),
      ("The army chief", "title", p("Waker-uz-Zaman")), ("Waker-uz-Zaman", "name", p("Waker-uz-Zaman")),
      ("the military", "description", g("BGD", "MIL")), ("Protesters", "description", g("BGD", "CVL")),
      ("her", "pronoun", p("Sheikh Hasina")), ("Mohammed Shahabuddin", "name", p("Mohammed Shahabuddin", "BGD", "GOV")),
      ("Khaleda Zia", "name", p("Khaleda Zia", "BGD"))]),
    ("dev-021", "2022-03-03",
     "The UN General Assembly voted overwhelmingly on Wednesday to demand that Russia withdraw its "
     "troops from Ukraine. Only Belarus, North Korea, Eritrea and Syria joined Moscow in voting "
     "against, while China abstained. Ukraine's ambassador to the UN, Sergiy Kyslytsya, told the "
     "assembly that the vote showed his country was not alone.",
     [("The UN General Assembly", "name", i("UN")), ("Russia", "name", g("RUS")), ("its", "pronoun", c("RUS")),
      ("Belarus", "name", g("BLR")), ("North Korea", "name", g("PRK")), ("Eritrea", "name", g("ERI")),
      ("Syria", "name", g("SYR")), ("Moscow", "metonym", g("RUS")), ("China", "name", g("CHN")),
      ("Ukraine's ambassador to the UN", "title", p("Sergiy Kyslytsya")),
      ("Sergiy Kyslytsya", "name", p("Sergiy Kyslytsya", "UKR", "GOV")),
      ("the assembly", "description", i("UN")), ("his", "pronoun", p("Sergiy Kyslytsya"))]),
    ("dev-022", "2019-07-12",
     "The first parts of a Russian S-400 missile defence system arrived at an air base near Ankara on "
     "Friday, the Turkish defence ministry said, defying warnings from Washington. Mark Esper, the "
     "acting Pentagon chief, had told his Turkish counterpart, Hulusi Akar, that Ankara could not "
     "have both the S-400 and the F-35. NATO said it was concerned about the consequences.",
     [("the Turkish defence ministry", "institution", g("TUR", "MIL")), ("Washington", "metonym", g("USA")),
      ("Mark Esper", "name", p("Mark Esper", "USA")),
      ("his Turkish counterpart", "title", p("Hulusi Akar", "TUR")),
      ("Hulusi Akar", "name", p("Hulusi Akar", "TUR")), ("Ankara", "metonym", g("TUR")),
      ("NATO", "name", i("NATO")), ("it", "pronoun", i("NATO"))]),
    ("dev-023", "2022-08-03",
     "Nancy Pelosi arrived in Taipei late on Tuesday, the most senior American official to visit "
     "Taiwan in 25 years, defying repeated warnings from China. The speaker of the House of "
     "Representatives met Tsai Ing-wen on Wednesday and told her that America's commitment to "
     "democracy on the island remained ironclad. Beijing responded by announcing live-fire drills, "
     "and its foreign ministry summoned the U.S. ambassador, Nicholas Burns.",
     [("Nancy Pelosi", "name", p("Nancy Pelosi", "USA", "LEG")), ("China", "name", g("CHN")),
      ("The speaker of the House of Representatives", "title", p("Nancy Pelosi", "USA", "LEG")),
      ("Tsai Ing-wen", "name", p("Tsai Ing-wen", "TWN", "GOV")), ("her", "pronoun", p("Tsai Ing-wen")),
      ("America", "name", g("USA")), ("Beijing", "metonym", g("CHN")),
      ("its foreign ministry", "institution", g("CHN")),
      ("the U.S. ambassador", "title", p("Nicholas Burns")), ("Nicholas Burns", "name", p("Nicholas Burns", "USA", "GOV"))]),
    ("dev-024", "2022-08-16",
     "The last French soldiers of Operation Barkhane left Mali on Monday, ending a nine-year "
     "deployment after relations with the ruling junta broke down. The French armed forces said the "
     "withdrawal had gone smoothly. Mali's foreign minister, Abdoulaye Diop, accused France of "
     "violating the country's airspace and of arming jihadists, a charge Paris rejected.",
     [("French", "demonym", g("FRA", "MIL")), ("the ruling junta", "description", g("MLI", "MIL")),
      ("The French armed forces", "institution", g("FRA", "MIL")),
      ("Mali's foreign minister", "title", p("Abdoulaye Diop")),
      ("Abdoulaye Diop", "name", p("Abdoulaye Diop", "MLI", "GOV")), ("France", "name", g("FRA")),
      ("jihadists", "description", {"sector": "REB"}), ("Paris", "metonym", g("FRA"))]),
    ("dev-025", "2025-05-08",
     "India struck what it called terrorist infrastructure in Pakistan early on Wednesday, two weeks "
     "after a massacre of tourists in Kashmir. Pakistan's military said 31 civilians had been killed "
     "and that its air force had shot down five Indian jets. Prime Minister Shehbaz Sharif called the "
     "strikes an act of war, and his defence minister, Khawaja Asif, said Islamabad would respond at "
     "a time of its choosing.",
     [("India", "name", g("IND")), ("it", "pronoun", c("IND")),
      ("Pakistan's military", "institution", g("PAK", "MIL")), ("its", "pronoun", c("PAK")),
      ("Indian", "demonym", g("IND", "MIL")), ("Shehbaz Sharif", "name", p("Shehbaz Sharif", "PAK", "GOV")),
      ("his defence minister", "title", p("Khawaja Asif", "PAK")), ("Khawaja Asif", "name", p("Khawaja Asif", "PAK")),
      ("Islamabad", "metonym", g("PAK")), ("its", "pronoun", c("PAK"))]),
    ("dev-026", "2023-10-08",
     "Hamas gunmen stormed into southern Israel on Saturday, killing hundreds of people and seizing "
     "dozens of hostages. Prime Minister Benjamin Netanyahu said Israel was at war, and the Israeli "
     "military began striking targets in Gaza. The militant group's armed wing said it had fired "
     "thousands of rockets.",
     [("Hamas", "name", p("Hamas", None, "REB")), ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("Israel", "name", g("ISR")), ("the Israeli military", "institution", g("ISR", "MIL")),
      ("The militant group's armed wing", "description", p("Hamas")), ("it", "pronoun", p("Hamas"))]),
    ("dev-027", "2024-11-07",
     "German Chancellor Olaf Scholz fired his finance minister, Christian Lindner, on Wednesday, "
     "bringing down his three-party coalition. The chancellor said he would call a confidence vote "
     "in January, opening the way to an early election. Lindner accused Scholz of provoking a break, "
     "and Friedrich Merz, whose Christian Democrats lead the polls, demanded a vote within days.",
     [("Olaf Scholz", "name", p("Olaf Scholz", "DEU", "GOV")),
      ("his finance minister", "title", p("Christian Lindner")), ("Christian Lindner", "name", p("Christian Lindner")),
      ("his", "pronoun", p("Olaf Scholz")), ("The chancellor", "title", p("Olaf Scholz", "DEU", "GOV")),
      ("he", "pronoun", p("Olaf Scholz")), ("Lindner", "surname", p("Christian Lindner")),
      ("Scholz", "surname", p("Olaf Scholz")), ("Friedrich Merz", "name", p("Friedrich Merz", "DEU")),
      ("Christian Democrats", "name", g("DEU", "PTY"))]),
    ("dev-028", "2021-08-16",
     "Taliban fighters took control of Kabul on Sunday after President Ashraf Ghani left the country, "
     "saying he wanted to avoid bloodshed. The insurgents entered the presidential palace hours later. "
     "U.S. officials said thousands of troops would secure the airport, and the British defence "
     "secretary, Ben Wallace, admitted that the West had failed Afghanistan.",
     [("Taliban", "name", p("Taliban")), ("Ashraf Ghani", "name", p("Ashraf Ghani", "AFG")),
      ("he", "pronoun", p("Ashraf Ghani")), ("The insurgents", "description", p("Taliban")),
      ("U.S. officials", "unnamed", g("USA")),
      ("the British defence secretary", "title", p("Ben Wallace", "GBR")),
      ("Ben Wallace", "name", p("Ben Wallace", "GBR")), ("Afghanistan", "name", c("AFG"))]),
    ("dev-029", "2024-05-21",
     "Iran's president, Ebrahim Raisi, and his foreign minister, Hossein Amir-Abdollahian, were killed "
     "when their helicopter crashed in fog, state media said on Monday. Supreme Leader Ali Khamenei "
     "declared five days of mourning and named the first vice president, Mohammad Mokhber, as "
     "caretaker. Hamas and Hezbollah praised Raisi, while the European Union offered its condolences.",
     [("Iran's president", "title", p("Ebrahim Raisi")), ("Ebrahim Raisi", "name", p("Ebrahim Raisi", "IRN")),
      ("his foreign minister", "title", p("Hossein Amir-Abdollahian")),
      ("Hossein Amir-Abdollahian", "name", p("Hossein Amir-Abdollahian", "IRN")),
      ("state media", "description", g("IRN", "MED")), ("Ali Khamenei", "name", p("Ali Khamenei", "IRN", "GOV")),
      ("the first vice president", "title", p("Mohammad Mokhber")),
      ("Mohammad Mokhber", "name", p("Mohammad Mokhber", "IRN", "GOV")), ("Hamas", "name", p("Hamas")),
      ("Hezbollah", "name", p("Hezbollah")), ("Raisi", "surname", p("Ebrahim Raisi")),
      ("the European Union", "name", i("EU")), ("its", "pronoun", i("EU"))]),
    ("dev-030", "2023-02-21",
     "Joe Biden made a surprise visit to Kyiv on Monday, walking with Volodymyr Zelensky through the "
     "city centre as air raid sirens sounded. The U.S. president announced half a billion dollars in "
     "further military aid and said Vladimir Putin had been wrong to think the West would split. "
     "Russian officials said Washington had informed Moscow of the trip beforehand.",
     [("Joe Biden", "name", p("Joe Biden", "USA", "GOV")), ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("The U.S. president", "title", p("Joe Biden", "USA", "GOV")), ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")),
      ("Russian officials", "unnamed", g("RUS")), ("Washington", "metonym", g("USA")), ("Moscow", "metonym", g("RUS"))]),
    ("dev-031", "2024-09-28",
     "Israel's military said on Saturday that it had killed Hassan Nasrallah in an air strike on "
     "Hezbollah's headquarters in Beirut's southern suburbs. The group confirmed the death of its "
     "leader hours later and vowed to continue its fight. Lebanon's caretaker prime minister, Najib "
     "Mikati, said the country was facing one of the most dangerous periods in its history.",
     [("Israel's military", "institution", g("ISR", "MIL")), ("it", "pronoun", g("ISR", "MIL")),
      ("Hassan Nasrallah", "name", p("Hassan Nasrallah")), ("Hezbollah", "name", p("Hezbollah")),
      ("The group", "description", p("Hezbollah")), ("its leader", "title", p("Hassan Nasrallah")),
      ("its", "pronoun", p("Hezbollah")), ("Lebanon's caretaker prime minister", "title", p("Najib Mikati", "LBN", "GOV")),
      ("Najib Mikati", "name", p("Najib Mikati", "LBN", "GOV")),
      ("the country", "description", c("LBN")), ("its", "pronoun", c("LBN"))]),
    ("dev-032", "2025-06-26",
     "NATO leaders agreed at a summit in The Hague on Wednesday to raise defence spending to five "
     "percent of economic output by 2035. Spain secured an exemption, and its prime minister, Pedro "
     "Sanchez, said Madrid would meet its commitments while spending less. The alliance's secretary "
     "general, Mark Rutte, praised Donald Trump for pushing the allies to spend more.",
     [("NATO", "name", i("NATO")), ("Spain", "name", g("ESP")),
      ("its prime minister", "title", p("Pedro Sanchez", "ESP", "GOV")),
      ("Pedro Sanchez", "name", p("Pedro Sanchez", "ESP", "GOV")),
      ("Madrid", "metonym", g("ESP")), ("its", "pronoun", c("ESP")),
      ("The alliance's secretary general", "title", io("Mark Rutte", "NATO")),
      ("Mark Rutte", "name", io("Mark Rutte", "NATO")), ("Donald Trump", "name", p("Donald Trump", "USA", "GOV"))]),
    ("dev-033", "2023-09-19",
     "Canadian Prime Minister Justin Trudeau told parliament on Monday that agents of the Indian "
     "government may have been behind the killing of a Sikh separatist leader in British Columbia. "
     "Ottawa expelled a senior Indian diplomat, and New Delhi responded in kind, calling the "
     "allegations absurd. The Indian foreign ministry said Canada had long sheltered extremists.",
     [("Justin Trudeau", "name", p("Justin Trudeau", "CAN", "GOV")), ("parliament", "description", g("CAN", "LEG")),
      ("the Indian government", "institution", g("IND")), ("Ottawa", "metonym", g("CAN")),
      ("a senior Indian diplomat", "unnamed", g("IND")), ("New Delhi", "metonym", g("IND")),
      ("The Indian foreign ministry", "institution", g("IND")), ("Canada", "name", g("CAN"))]),
    ("dev-034", "2023-11-27",
     "Javier Milei, Argentina's president-elect, met Jake Sullivan, the U.S. national security "
     "adviser, in Washington on Tuesday. The libertarian economist has promised to dollarise the "
     "economy. Outgoing President Alberto Fernandez urged him to respect the institutions he will "
     "inherit.",
     [("Javier Milei", "name", p("Javier Milei", "ARG")), ("Jake Sullivan", "name", p("Jake Sullivan", "USA", "GOV")),
      ("the U.S. national security adviser", "title", p("Jake Sullivan")),
      ("The libertarian economist", "title", p("Javier Milei")),
      ("Alberto Fernandez", "name", p("Alberto Fernandez", "ARG", "GOV")), ("him", "pronoun", p("Javier Milei")),
      ("he", "pronoun", p("Javier Milei"))]),
    ("dev-035", "2025-04-01",
     "A Paris court found Marine Le Pen guilty of embezzling European Parliament funds on Monday and "
     "barred her from running for office for five years with immediate effect. The far-right leader "
     "called the ruling a political decision and said she would appeal. Prime Minister Francois "
     "Bayrou said he was troubled by the verdict, while the Kremlin criticised what it called a "
     "violation of democratic norms.",
     [("A Paris court", "institution", g("FRA", "JUD")), ("Marine Le Pen", "name", p("Marine Le Pen", "FRA")),
      ("her", "pronoun", p("Marine Le Pen")), ("The far-right leader", "title", p("Marine Le Pen")),
      ("she", "pronoun", p("Marine Le Pen")), ("Francois Bayrou", "name", p("Francois Bayrou", "FRA", "GOV")),
      ("he", "pronoun", p("Francois Bayrou")), ("the Kremlin", "metonym", g("RUS")), ("it", "pronoun", c("RUS"))]),
    ("dev-036", "2016-11-11",
     "President Barack Obama welcomed Donald Trump to the White House on Thursday for a meeting that "
     "both men described as cordial. The president-elect said he looked forward to receiving Obama's "
     "counsel, and the outgoing president urged Americans to unite behind his successor.",
     [("Barack Obama", "name", p("Barack Obama", "USA", "GOV")), ("Donald Trump", "name", p("Donald Trump", "USA")),
      ("The president-elect", "title", p("Donald Trump")), ("he", "pronoun", p("Donald Trump")),
      ("Obama", "surname", p("Barack Obama", "USA", "GOV")), ("the outgoing president", "title", p("Barack Obama", "USA", "GOV")),
      ("Americans", "demonym", g("USA", "CVL")), ("his successor", "title", p("Donald Trump"))]),
    ("dev-037", "2022-02-26",
     "Russia vetoed a draft UN Security Council resolution on Friday that would have demanded it stop "
     "its attack on Ukraine and withdraw immediately. China, India and the United Arab Emirates "
     "abstained. Russia's ambassador, Vasily Nebenzya, said the text was anti-Russian, while his "
     "American counterpart, Linda Thomas-Greenfield, told him that Moscow could veto the resolution "
     "but not the truth.",
     [("Russia", "name", g("RUS")), ("UN Security Council", "name", i("UNSC")), ("it", "pronoun", c("RUS")),
      ("its", "pronoun", c("RUS")), ("Ukraine", "name", c("UKR")), ("China", "name", g("CHN")),
      ("India", "name", g("IND")), ("the United Arab Emirates", "name", g("ARE")),
      ("Russia's ambassador", "title", p("Vasily Nebenzya", "RUS", "GOV")),
      ("Vasily Nebenzya", "name", p("Vasily Nebenzya", "RUS", "GOV")),
      ("his American counterpart", "title", p("Linda Thomas-Greenfield", "USA", "GOV")),
      ("Linda Thomas-Greenfield", "name", p("Linda Thomas-Greenfield", "USA", "GOV")),
      ("him", "pronoun", p("Vasily Nebenzya")), ("Moscow", "metonym", g("RUS"))]),
    ("dev-038", "2023-01-26",
     "Germany agreed on Wednesday to send Leopard 2 battle tanks to Ukraine and to let other "
     "countries re-export theirs, ending weeks of pressure from Kyiv and its allies. Chancellor Olaf "
     "Scholz told the Bundestag that Berlin was acting in close coordination with Washington, which "
     "said it would supply 31 Abrams tanks. The Russian embassy called the decision extremely "
     "dangerous.",
     [("Germany", "name", g("DEU")), ("Ukraine", "name", c("UKR")), ("Kyiv", "metonym", g("UKR")),
      ("its", "pronoun", c("UKR")), ("Olaf Scholz", "name", p("Olaf Scholz", "DEU", "GOV")),
      ("the Bundestag", "institution", g("DEU", "LEG")), ("Berlin", "metonym", g("DEU")),
      ("Washington", "metonym", g("USA")), ("it", "pronoun", c("USA")),
      ("The Russian embassy", "institution", g("RUS"))]),
    ("dev-039", "2023-02-14",
     "Moldova's president, Maia Sandu, accused Moscow on Monday of plotting to use saboteurs to "
     "overthrow her government, days after the cabinet of Prime Minister Natalia Gavrilita resigned. "
     "The Russian foreign ministry dismissed the claims as unfounded. Pro-Russian forces in the "
     "breakaway region of Transnistria have been guarded by Russian troops since the 1990s.",
     [("Moldova's president", "title", p("Maia Sandu", "MDA", "GOV")), ("Maia Sandu", "name", p("Maia Sandu", "MDA", "GOV")),
      ("Moscow", "metonym", g("RUS")), ("her", "pronoun", p("Maia Sandu")),
      ("Natalia Gavrilita", "name", p("Natalia Gavrilita", "MDA")),
      ("The Russian foreign ministry", "institution", g("RUS")),
      ("Pro-Russian forces", "description", {"sector": "REB"}), ("Russian", "demonym", g("RUS", "MIL"))]),
    ("dev-040", "2022-06-29",
     "Turkey dropped its objections to Finland and Sweden joining NATO on Tuesday after the three "
     "countries signed a memorandum at the alliance's summit in Madrid. Recep Tayyip Erdogan's office "
     "said Ankara had got what it wanted. Sweden's prime minister, Magdalena Andersson, said her "
     "government would not extradite anyone in breach of Swedish law.",
     [("Turkey", "name", g("TUR")), ("its", "pronoun", c("TUR")), ("Finland", "name", c("FIN")),
      ("Sweden", "name", c("SWE")), ("NATO", "name", i("NATO")), ("the alliance", "description", i("NATO")),
      ("Recep Tayyip Erdogan's office", "institution", g("TUR")), ("Ankara", "metonym", g("TUR")),
      ("it", "pronoun", c("TUR")), ("Sweden's prime minister", "title", p("Magdalena Andersson")),
      ("Magdalena Andersson", "name", p("Magdalena Andersson", "SWE", "GOV")),
      ("her", "pronoun", p("Magdalena Andersson"))]),
    ("dev-041", "2024-02-04",
     "Senegal's president, Macky Sall, postponed the presidential election three weeks before the "
     "vote, citing a dispute over the list of candidates. Opposition leaders called the move a "
     "constitutional coup, and security forces fired tear gas at protesters in Dakar. The regional "
     "bloc ECOWAS urged the authorities to restore the electoral calendar.",
     [("Senegal's president", "title", p("Macky Sall")), ("Macky Sall", "name", p("Macky Sall", "SEN", "GOV")),
      ("Opposition leaders", "description", g("SEN", "OPP")), ("security forces", "description", g("SEN", "COP")),
      ("protesters", "description", g("SEN", "CVL")), ("ECOWAS", "name", i("ECOWAS")),
      ("the authorities", "description", g("SEN"))]),
    ("dev-042", "2024-08-01",
     "Hamas said its political leader, Ismail Haniyeh, was killed in an Israeli strike on his "
     "residence in Tehran early on Wednesday, hours after he attended the inauguration of Iran's new "
     "president. Israel did not comment. Iran's supreme leader said the Islamic Republic had a duty "
     "to avenge a guest killed on its soil, and Qatar, which has mediated between Hamas and Israel, "
     "asked how talks could go on when one side kills the other's negotiator.",
     [("Hamas", "name", p("Hamas", None, "REB")), ("its political leader", "title", p("Ismail Haniyeh")),
      ("Ismail Haniyeh", "name", p("Ismail Haniyeh")), ("Israeli", "demonym", c("ISR")),
      ("his", "pronoun", p("Ismail Haniyeh")), ("he", "pronoun", p("Ismail Haniyeh")),
      ("Iran's new president", "title", p("Masoud Pezeshkian", "IRN", "GOV")),
      ("Israel", "name", g("ISR")), ("Iran's supreme leader", "title", p("Ali Khamenei", "IRN", "GOV")),
      ("the Islamic Republic", "description", g("IRN")), ("its", "pronoun", c("IRN")),
      ("Qatar", "name", g("QAT")), ("Hamas", "name", p("Hamas")), ("Israel", "name", g("ISR"))]),
    ("dev-043", "2022-11-16",
     "A missile killed two people in a Polish village near the Ukrainian border on Tuesday. "
     "President Andrzej Duda said it was most likely a stray Ukrainian air defence missile and not a "
     "deliberate attack on his country. NATO's secretary general, Jens Stoltenberg, said Russia bore "
     "ultimate responsibility because it had started the war, while Ukrainian officials at first "
     "insisted the missile was Russian.",
     [("Andrzej Duda", "name", p("Andrzej Duda", "POL", "GOV")), ("Ukrainian", "demonym", g("UKR", "MIL")),
      ("his", "pronoun", p("Andrzej Duda")), ("NATO's secretary general", "title", io("Jens Stoltenberg", "NATO")),
      ("Jens Stoltenberg", "name", io("Jens Stoltenberg", "NATO")), ("Russia", "name", g("RUS")),
      ("it", "pronoun", c("RUS")), ("Ukrainian officials", "unnamed", g("UKR"))]),
    ("dev-044", "2024-12-04",
     "South Korean President Yoon Suk Yeol declared martial law late on Tuesday, accusing the "
     "opposition of paralysing the government and sympathising with North Korea. Lawmakers forced "
     "their way past soldiers into the National Assembly and voted to lift the decree within hours. "
     "Yoon's own party leader, Han Dong-hoon, called the move wrong, and Washington said it had not "
     "been told in advance.",
     [("Yoon Suk Yeol", "name", p("Yoon Suk Yeol", "KOR", "GOV")), ("the opposition", "description", g("KOR", "OPP")),
      ("North Korea", "name", g("PRK")), ("Lawmakers", "description", g("KOR", "LEG")),
      ("their", "pronoun", g("KOR", "LEG")), ("soldiers", "description", g("KOR", "MIL")),
      ("the National Assembly", "institution", g("KOR", "LEG")), ("Yoon", "surname", p("Yoon Suk Yeol")),
      ("Han Dong-hoon", "name", p("Han Dong-hoon")), ("Washington", "metonym", g("USA")),
      ("it", "pronoun", c("USA"))]),
    ("dev-045", "2019-03-01",
     "Donald Trump cut short his summit with Kim Jong Un in Hanoi on Thursday after the North Korean "
     "leader demanded that sanctions be lifted in exchange for closing only part of the Yongbyon "
     "complex. The U.S. president told reporters that sometimes you have to walk. North Korea's "
     "foreign minister, Ri Yong Ho, later said Pyongyang's proposal had been realistic.",
     [("Donald Trump", "name", p("Donald Trump", "USA", "GOV")), ("his", "pronoun", p("Donald Trump")),
      ("Kim Jong Un", "name", p("Kim Jong Un", "PRK", "GOV")), ("the North Korean leader", "title", p("Kim Jong Un")),
      ("The U.S. president", "title", p("Donald Trump")), ("North Korea's foreign minister", "title", p("Ri Yong Ho")),
      ("Ri Yong Ho", "name", p("Ri Yong Ho", "PRK", "GOV")), ("Pyongyang", "metonym", g("PRK"))]),
    ("dev-046", "2015-07-15",
     "Iran and six world powers reached a deal in Vienna on Tuesday to curb Tehran's nuclear "
     "programme in return for relief from sanctions. Foreign Minister Mohammad Javad Zarif called it "
     "a historic moment, and his American counterpart, John Kerry, said the agreement would make the "
     "world safer. Israeli Prime Minister Benjamin Netanyahu denounced the accord as a mistake.",
     [("Iran", "name", g("IRN")), ("Tehran", "metonym", g("IRN")),
      ("Mohammad Javad Zarif", "name", p("Mohammad Javad Zarif", "IRN", "GOV")),
      ("his American counterpart", "title", p("John Kerry", "USA", "GOV")),
      ("John Kerry", "name", p("John Kerry", "USA", "GOV")),
      ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV"))]),
    ("dev-047", "2020-01-04",
     "A U.S. drone strike near Baghdad airport killed Qassem Soleimani, the commander of Iran's Quds "
     "Force, early on Friday. The Pentagon said the strike had been ordered by President Donald Trump "
     "to deter future Iranian attacks. Iran's supreme leader, Ayatollah Ali Khamenei, vowed severe "
     "revenge, and Iraq's caretaker prime minister, Adel Abdul Mahdi, condemned the killing as an "
     "aggression against his country.",
     [("U.S.", "demonym", g("USA", "MIL")), ("Qassem Soleimani", "name", p("Qasem Soleimani", "IRN")),
      ("the commander of Iran's Quds Force", "title", p("Qasem Soleimani")),
      ("The Pentagon", "metonym", g("USA", "MIL")), ("Donald Trump", "name", p("Donald Trump", "USA", "GOV")),
      ("Iranian", "demonym", c("IRN")), ("Iran's supreme leader", "title", p("Ali Khamenei", "IRN", "GOV")),
      ("Ali Khamenei", "name", p("Ali Khamenei", "IRN", "GOV")),
      ("Iraq's caretaker prime minister", "title", p("Adil Abdul-Mahdi", "IRQ", "GOV")),
      ("Adel Abdul Mahdi", "name", p("Adil Abdul-Mahdi", "IRQ", "GOV")), ("his", "pronoun", p("Adil Abdul-Mahdi"))]),
    ("dev-048", "2025-07-10",
     "Defence Minister Ruben Brekelmans of the Netherlands said on Thursday that his country would buy "
     "more air defence systems for Ukraine. Brekelmans spoke after meeting Lithuanian Foreign Minister "
     "Kestutis Budrys in Vilnius. The two ministers also discussed Belarus, whose leader, Alexander "
     "Lukashenko, has let Russia station nuclear weapons on its territory.",
     [("Ruben Brekelmans", "name", p("Ruben Brekelmans", "NLD")), ("the Netherlands", "name", g("NLD")),
      ("his", "pronoun", p("Ruben Brekelmans")), ("Ukraine", "name", c("UKR")),
      ("Brekelmans", "surname", p("Ruben Brekelmans")),
      ("Kestutis Budrys", "name", p("Kestutis Budrys", "LTU", "GOV")), ("Belarus", "name", c("BLR")),
      ("Alexander Lukashenko", "name", p("Alexander Lukashenko", "BLR", "GOV")),
      ("Russia", "name", g("RUS")), ("its", "pronoun", c("BLR"))]),
    ("dev-049", "2023-03-21",
     "Chinese President Xi Jinping arrived in Moscow on Monday for his first visit since the invasion "
     "of Ukraine, and Vladimir Putin hailed him as a dear friend. Western governments said Beijing "
     "could not claim to be neutral while it shielded the Kremlin. China's foreign ministry "
     "spokesman, Wang Wenbin, said the trip was a journey of friendship and peace.",
     [("Xi Jinping", "name", p("Xi Jinping", "CHN", "GOV")), ("his", "pronoun", p("Xi Jinping")),
      ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")), ("him", "pronoun", p("Xi Jinping")),
      ("Western governments", "unnamed", {"sector": "GOV"}), ("Beijing", "metonym", g("CHN")),
      ("it", "pronoun", c("CHN")), ("the Kremlin", "metonym", g("RUS")),
      ("China's foreign ministry spokesman", "title", p("Wang Wenbin", "CHN", "GOV")),
      ("Wang Wenbin", "name", p("Wang Wenbin", "CHN", "GOV"))]),
    ("dev-050", "2024-06-10",
     "French President Emmanuel Macron dissolved the National Assembly on Sunday and called a snap "
     "election after his party was routed by the far right in the European Parliament vote. Jordan "
     "Bardella, whose National Rally came first, said his party was ready to govern. The Elysee said "
     "the president wanted to give voters the last word.",
     [("Emmanuel Macron", "name", p("Emmanuel Macron", "FRA", "GOV")),
      ("the National Assembly", "institution", g("FRA", "LEG")), ("his", "pronoun", p("Emmanuel Macron")),
      ("Jordan Bardella", "name", p("Jordan Bardella", "FRA")),
      ("National Rally", "name", g("FRA", "PTY")), ("his", "pronoun", p("Jordan Bardella")),
      ("The Elysee", "metonym", g("FRA")), ("the president", "title", p("Emmanuel Macron", "FRA", "GOV"))]),
    ("dev-051", "2024-02-20",
     "EU foreign ministers agreed on Monday to launch a naval mission to protect ships in the Red Sea "
     "from attacks by Yemen's Houthi rebels. The bloc's foreign policy chief, Josep Borrell, said the "
     "mission would be purely defensive. The UN special envoy for Yemen, Hans Grundberg, met Houthi "
     "officials in Muscat later in the week; the envoy said a roadmap to peace was still within reach.",
     [("EU foreign ministers", "unnamed", i("EU")), ("Houthi", "demonym", p("Houthis")),
      ("The bloc's foreign policy chief", "title", io("Josep Borrell", "EU")),
      ("Josep Borrell", "name", io("Josep Borrell", "EU")),
      ("The UN special envoy for Yemen", "title", {"name": "Hans Grundberg", "igo": "UN"}),
      ("Hans Grundberg", "name", {"name": "Hans Grundberg", "igo": "UN"}),
      ("Houthi officials", "unnamed", {"sector": "REB"}),
      ("the envoy", "title", {"name": "Hans Grundberg", "igo": "UN"})]),
    ("dev-052", "2024-03-12",
     "Olena Marchuk, an analyst at the Razumkov Centre in Kyiv, said the government had little room "
     "to cut spending. Her colleague Pavlo Hrytsenko, a former adviser to Ukraine's defence ministry, "
     "warned that Russian forces were regrouping near Kharkiv.",
     [("Olena Marchuk", "appositive", {"country": "UKR", "sector": "NGO"}),
      ("the government", "description", g("UKR")), ("Her", "pronoun", p("Olena Marchuk")),
      ("Pavlo Hrytsenko", "appositive", c("UKR")),
      ("Ukraine's defence ministry", "institution", g("UKR", "MIL")),
      ("Russian", "demonym", g("RUS", "MIL"))]),
    ("dev-053", "2023-06-07",
     "Samuel Okafor, a hydrologist at the University of Lagos, said the destruction of the Kakhovka "
     "dam would affect farming for years. Ukraine blamed Russian forces, which had controlled the dam "
     "since 2022, while the Kremlin accused Kyiv of sabotage. A spokesman for the UN humanitarian "
     "office said aid workers were struggling to reach flooded villages.",
     [("Samuel Okafor", "appositive", {"country": "NGA", "sector": "EDU"}), ("Ukraine", "name", g("UKR")),
      ("Russian", "demonym", g("RUS", "MIL")), ("the Kremlin", "metonym", g("RUS")),
      ("Kyiv", "metonym", g("UKR")), ("A spokesman", "unnamed", {"igo": "OCHA", "sector": "IGO"})]),
    ("dev-054", "2025-02-10",
     "Lucia Ferreyra, a researcher at the Center for Strategic and International Studies, said "
     "Washington's tariffs on steel would hurt American carmakers more than Mexico. Mexican Economy "
     "Minister Marcelo Ebrard travelled north to negotiate, and Ferreyra said she expected a deal "
     "within weeks.",
     [("Lucia Ferreyra", "appositive", {"country": "USA", "sector": "NGO"}),
      ("the Center for Strategic and International Studies", "name", {"country": "USA", "sector": "NGO"}),
      ("Washington", "metonym", g("USA")), ("American", "demonym", g("USA", "BUS")),
      ("Mexico", "name", c("MEX")), ("Marcelo Ebrard", "name", p("Marcelo Ebrard", "MEX", "GOV")),
      ("Ferreyra", "surname", {"country": "USA", "sector": "NGO"}), ("she", "pronoun", {"country": "USA", "sector": "NGO"})]),
    ("dev-055", "2024-10-15",
     "A senior Israeli security official said on Monday that the army would not strike Iran's nuclear "
     "or oil facilities, after pressure from Washington. Two European diplomats said the assurance had "
     "been passed on to Gulf states. A Pentagon spokesman said the United States would send a THAAD "
     "battery to Israel, with about 100 American soldiers to operate it.",
     [("A senior Israeli security official", "unnamed", c("ISR")), ("the army", "description", g("ISR", "MIL")),
      ("Washington", "metonym", g("USA")), ("Two European diplomats", "unnamed", {"sector": "GOV"}),
      ("A Pentagon spokesman", "unnamed", g("USA", "MIL")), ("the United States", "name", g("USA")),
      ("Israel", "name", c("ISR")), ("American", "demonym", g("USA", "MIL"))]),
    ("dev-056", "2022-04-08",
     "Ukrainian officials said a Russian missile struck a crowded railway station in Kramatorsk, "
     "killing dozens of civilians waiting to flee. The Russian defence ministry denied any involvement "
     "and blamed Ukrainian forces. British and French leaders condemned the attack, and the European "
     "Commission president, Ursula von der Leyen, visited Bucha on the same day.",
     [("Ukrainian officials", "unnamed", g("UKR")), ("Russian", "demonym", g("RUS", "MIL")),
      ("The Russian defence ministry", "institution", g("RUS", "MIL")), ("Ukrainian", "demonym", g("UKR", "MIL")),
      ("British", "demonym", g("GBR")), ("French", "demonym", g("FRA")),
      ("the European Commission president", "title", io("Ursula von der Leyen", "EU")),
      ("Ursula von der Leyen", "name", io("Ursula von der Leyen", "EU"))]),
    ("dev-057", "2023-08-25",
     "Tariq Mahmood, a spokesman for Pakistan's Election Commission, said on Thursday that the vote "
     "could be delayed until new constituency maps were ready. Lawyers for the former prime minister, "
     "Imran Khan, who is serving a three-year sentence, said the delay was designed to keep him out of "
     "politics.",
     [("Tariq Mahmood", "appositive", g("PAK")), ("Pakistan's Election Commission", "institution", g("PAK")),
      ("the former prime minister", "title", p("Imran Khan", "PAK")), ("Imran Khan", "name", p("Imran Khan", "PAK")),
      ("him", "pronoun", p("Imran Khan"))]),
    ("dev-058", "2022-12-09",
     "Peru's Congress removed President Pedro Castillo on Wednesday, hours after he tried to dissolve "
     "the legislature, and swore in his deputy, Dina Boluarte, as head of state. Police detained "
     "Castillo as he travelled to the Mexican embassy, and Mexico's president, Andres Manuel Lopez "
     "Obrador, said his government was ready to grant him asylum.",
     [("Peru's Congress", "institution", g("PER", "LEG")), ("Pedro Castillo", "name", p("Pedro Castillo", "PER")),
      ("he", "pronoun", p("Pedro Castillo")), ("the legislature", "description", g("PER", "LEG")),
      ("his deputy", "title", p("Dina Boluarte")), ("Dina Boluarte", "name", p("Dina Boluarte", "PER", "GOV")),
      ("Police", "description", g("PER", "COP")), ("Castillo", "surname", p("Pedro Castillo")),
      ("he", "pronoun", p("Pedro Castillo")), ("the Mexican embassy", "institution", g("MEX")),
      ("Mexico's president", "title", p("Andres Manuel Lopez Obrador", "MEX", "GOV")),
      ("Andres Manuel Lopez Obrador", "name", p("Andres Manuel Lopez Obrador", "MEX", "GOV")),
      ("his", "pronoun", p("Andres Manuel Lopez Obrador")), ("him", "pronoun", p("Pedro Castillo"))]),
    # Items 059-072 were added for titles, descriptions, appositives and pronouns (the weak
    # kinds), written before the rules that resolve them.
    ("dev-059", "2023-07-11",
     "NATO leaders meeting in Vilnius on Tuesday said Ukraine would be invited to join the alliance "
     "when allies agree and conditions are met. Secretary-General Jens Stoltenberg told reporters the "
     "bloc had never been more united. Volodymyr Zelensky called the absence of a timetable absurd, "
     "and the Ukrainian president said it gave Moscow a reason to keep fighting. The Kremlin said the "
     "decision would have very negative consequences.",
     [("NATO", "name", i("NATO")), ("Ukraine", "name", c("UKR")), ("the alliance", "description", i("NATO")),
      ("Jens Stoltenberg", "name", io("Jens Stoltenberg", "NATO")), ("the bloc", "description", i("NATO")),
      ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("the Ukrainian president", "title", p("Volodymyr Zelensky")), ("Moscow", "metonym", g("RUS")),
      ("The Kremlin", "metonym", g("RUS"))]),
    ("dev-060", "2024-02-17",
     "Yulia Navalnaya addressed the Munich Security Conference hours after Russia's prison service said "
     "her husband, Alexei Navalny, had died in an Arctic penal colony. The widow said Vladimir Putin "
     "and his entourage must be held to account. The U.S. president said the Russian leader was "
     "responsible, and his secretary of state met her later that day.",
     [("Yulia Navalnaya", "name", p("Yulia Navalnaya")), ("Russia's prison service", "institution", c("RUS")),
      ("her", "pronoun", p("Yulia Navalnaya")), ("Alexei Navalny", "name", p("Alexei Navalny")),
      ("The widow", "title", p("Yulia Navalnaya")), ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")),
      ("his", "pronoun", p("Vladimir Putin")), ("The U.S. president", "title", p("Joe Biden", "USA", "GOV")),
      ("the Russian leader", "title", p("Vladimir Putin")),
      ("his secretary of state", "title", p("Antony Blinken", "USA", "GOV")),
      ("her", "pronoun", p("Yulia Navalnaya"))]),
    ("dev-061", "2023-09-19",
     "Brazil's president, Luiz Inacio Lula da Silva, opened the debate at the UN General Assembly on "
     "Tuesday, telling delegates that the world body needed reform. The veteran leftist said hunger "
     "had returned to his country. Later the secretary-general warned that global institutions were "
     "outdated, and he urged member states to act.",
     [("Brazil's president", "title", p("Luiz Inacio Lula da Silva", "BRA", "GOV")),
      ("Luiz Inacio Lula da Silva", "name", p("Luiz Inacio Lula da Silva", "BRA", "GOV")),
      ("the UN General Assembly", "name", i("UN")), ("the world body", "description", i("UN")),
      ("The veteran leftist", "title", p("Luiz Inacio Lula da Silva")),
      ("his", "pronoun", p("Luiz Inacio Lula da Silva")),
      ("the secretary-general", "title", io("Antonio Guterres", "UN")), ("he", "pronoun", p("Antonio Guterres"))]),
    ("dev-062", "2024-11-21",
     "The International Criminal Court issued arrest warrants on Thursday for Benjamin Netanyahu and his "
     "former defence minister, Yoav Gallant, over the war in Gaza. The court also named Mohammed Deif, "
     "a commander of the armed wing of Hamas. The Israeli prime minister called the decision "
     "antisemitic and said Israel would not bow to pressure. Hungary's leader, Viktor Orban, said he "
     "would invite him to Budapest.",
     [("The International Criminal Court", "name", i("ICC")),
      ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("his former defence minister", "title", p("Yoav Gallant")), ("Yoav Gallant", "name", p("Yoav Gallant")),
      ("The court", "description", i("ICC")), ("Mohammed Deif", "name", p("Mohammed Deif")),
      ("The Israeli prime minister", "title", p("Benjamin Netanyahu")), ("Israel", "name", c("ISR")),
      ("Hungary's leader", "title", p("Viktor Orban", "HUN", "GOV")), ("Viktor Orban", "name", p("Viktor Orban")),
      ("he", "pronoun", p("Viktor Orban")), ("him", "pronoun", p("Benjamin Netanyahu"))]),
    ("dev-063", "2024-10-26",
     "Analysts were divided over the Israeli strikes. Daniel Okafor, a senior fellow at the Chatham House "
     "think tank in London, said Tehran had little room to respond. Mina Farahani, the director of a "
     "rights group based in Paris, said ordinary Iranians would pay the price. Peter Lindqvist, a "
     "retired Swedish air force colonel, said the Israeli military had hit air defence sites.",
     [("Daniel Okafor", "appositive", {"country": "GBR", "sector": "NGO"}), ("Tehran", "metonym", g("IRN")),
      ("Mina Farahani", "appositive", {"country": "FRA", "sector": "NGO"}),
      ("Peter Lindqvist", "appositive", c("SWE")),
      ("the Israeli military", "institution", g("ISR", "MIL"))]),
    ("dev-064", "2023-11-30",
     "Farida Nasser, an economist at Cairo University, said a larger loan from the International "
     "Monetary Fund would help Egypt through the crisis. Tomas Brandt, the head of the German Marshall "
     "Fund's Berlin office, said European lenders were watching closely. The fund said talks with Cairo "
     "were making progress.",
     [("Farida Nasser", "appositive", {"country": "EGY", "sector": "EDU"}),
      ("the International Monetary Fund", "name", i("IMF")), ("Egypt", "name", c("EGY")),
      ("Tomas Brandt", "appositive", {"sector": "NGO"}), ("The fund", "description", i("IMF")),
      ("Cairo", "metonym", g("EGY"))]),
    ("dev-065", "2022-08-05",
     "The director general of the UN atomic agency said on Thursday that shelling near the Zaporizhzhia "
     "plant was a grave threat. Rafael Grossi urged Russia and Ukraine to let inspectors in, and he said "
     "the agency was ready to go. The Russian defence ministry blamed Ukrainian forces, while Kyiv "
     "accused Moscow of using the plant as a shield.",
     [("The director general of the UN atomic agency", "title", io("Rafael Grossi", "IAEA")),
      ("Rafael Grossi", "name", io("Rafael Grossi", "IAEA")), ("Russia", "name", c("RUS")),
      ("Ukraine", "name", c("UKR")), ("he", "pronoun", p("Rafael Grossi")),
      ("the agency", "description", i("IAEA")),
      ("The Russian defence ministry", "institution", g("RUS", "MIL")),
      ("Ukrainian forces", "institution", g("UKR", "MIL")), ("Kyiv", "metonym", g("UKR")),
      ("Moscow", "metonym", g("RUS"))]),
    ("dev-066", "2024-04-14",
     "Iran launched drones and missiles at Israel overnight, and the Islamic Republic said the attack "
     "answered a strike on its consulate in Damascus. The Israeli military said almost all were "
     "intercepted. Joe Biden spoke with the Israeli prime minister and said Washington's commitment was "
     "ironclad. The Jordanian king said his air force had downed drones over the kingdom.",
     [("Iran", "name", c("IRN")), ("Israel", "name", c("ISR")),
      ("the Islamic Republic", "description", g("IRN")), ("its", "pronoun", c("IRN")),
      ("The Israeli military", "institution", g("ISR", "MIL")),
      ("Joe Biden", "name", p("Joe Biden", "USA", "GOV")),
      ("the Israeli prime minister", "title", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("Washington", "metonym", g("USA")), ("The Jordanian king", "title", p("Abdullah II", "JOR", "GOV")),
      ("his", "pronoun", p("Abdullah II")), ("the kingdom", "description", c("JOR"))]),
    ("dev-067", "2021-08-16",
     "Taliban fighters took control of Kabul on Sunday after President Ashraf Ghani fled the country. "
     "The militant group said the war was over. Its spokesman, Zabihullah Mujahid, told reporters that "
     "the movement wanted peaceful relations with other countries. The ousted president later said he "
     "had left to avoid bloodshed.",
     [("Ashraf Ghani", "name", p("Ashraf Ghani")), ("the country", "description", c("AFG")),
      ("The militant group", "description", p("Taliban")), ("Its spokesman", "title", p("Zabihullah Mujahid")),
      ("Zabihullah Mujahid", "name", p("Zabihullah Mujahid")), ("the movement", "description", p("Taliban")),
      ("The ousted president", "title", p("Ashraf Ghani")), ("he", "pronoun", p("Ashraf Ghani"))]),
    ("dev-068", "2023-05-20",
     "Leaders of the Group of Seven met in Hiroshima on Saturday and agreed new sanctions on Russia. "
     "Japan's prime minister, the summit's host, said the bloc stood with Kyiv. Volodymyr Zelensky "
     "arrived later that day, and the Ukrainian leader thanked them for their support.",
     [("the Group of Seven", "name", i("G7")), ("Russia", "name", c("RUS")),
      ("Japan's prime minister", "title", p("Fumio Kishida", "JPN", "GOV")), ("the bloc", "description", i("G7")),
      ("Kyiv", "metonym", g("UKR")), ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("the Ukrainian leader", "title", p("Volodymyr Zelensky")), ("them", "pronoun", i("G7")),
      ("their", "pronoun", i("G7"))]),
    ("dev-069", "2025-03-11",
     "Ukrainian and American delegations met in Jeddah on Tuesday. After the talks, Kyiv said it was "
     "ready to accept a 30-day ceasefire, and Washington said it would resume sharing intelligence. The "
     "U.S. secretary of state said the ball was now in Russia's court. The top diplomat added that he "
     "hoped Moscow would say yes.",
     [("Ukrainian", "demonym", g("UKR")), ("American", "demonym", g("USA")), ("Kyiv", "metonym", g("UKR")),
      ("it", "pronoun", c("UKR")), ("Washington", "metonym", g("USA")), ("it", "pronoun", c("USA")),
      ("The U.S. secretary of state", "title", p("Marco Rubio", "USA", "GOV")), ("Russia", "name", c("RUS")),
      ("The top diplomat", "title", p("Marco Rubio")), ("he", "pronoun", p("Marco Rubio")),
      ("Moscow", "metonym", g("RUS"))]),
    ("dev-070", "2022-09-30",
     "Army officers in Burkina Faso ousted the military leader Paul-Henri Damiba on Friday, the "
     "country's second coup this year. Captain Ibrahim Traore, the new junta chief, said on state "
     "television that Damiba had failed. The African Union condemned the takeover, and the bloc urged "
     "the soldiers to restore constitutional order.",
     [("Army officers", "description", g("BFA", "MIL")),
      ("Paul-Henri Damiba", "name", p("Paul-Henri Damiba")), ("Ibrahim Traore", "name", p("Ibrahim Traore", "BFA")),
      ("Damiba", "surname", p("Paul-Henri Damiba")), ("The African Union", "name", i("AU")),
      ("the bloc", "description", i("AU")), ("the soldiers", "description", g("BFA", "MIL"))]),
    ("dev-071", "2024-07-22",
     "Kamala Harris won the backing of most Democratic leaders a day after Joe Biden ended his "
     "re-election campaign. The vice president said she intended to earn the nomination. Her former "
     "rivals praised her, and the president said he would campaign for her.",
     [("Kamala Harris", "name", p("Kamala Harris", "USA", "GOV")), ("Joe Biden", "name", p("Joe Biden", "USA", "GOV")),
      ("his", "pronoun", p("Joe Biden")), ("The vice president", "title", p("Kamala Harris")),
      ("she", "pronoun", p("Kamala Harris")), ("Her", "pronoun", p("Kamala Harris")),
      ("her", "pronoun", p("Kamala Harris")), ("the president", "title", p("Joe Biden")),
      ("he", "pronoun", p("Joe Biden")), ("her", "pronoun", p("Kamala Harris"))]),
    ("dev-072", "2025-02-28",
     "Donald Trump and JD Vance berated Volodymyr Zelensky in the Oval Office on Friday. The Ukrainian "
     "leader left the White House early, and a minerals deal he had come to sign was not signed. The "
     "vice president accused him of ingratitude, and the U.S. president said his guest could come back "
     "later.",
     [("Donald Trump", "name", p("Donald Trump", "USA", "GOV")), ("JD Vance", "name", p("JD Vance", "USA")),
      ("Volodymyr Zelensky", "name", p("Volodymyr Zelensky", "UKR", "GOV")),
      ("The Ukrainian leader", "title", p("Volodymyr Zelensky")), ("the White House", "metonym", g("USA")),
      ("he", "pronoun", p("Volodymyr Zelensky")), ("The vice president", "title", p("JD Vance")),
      ("him", "pronoun", p("Volodymyr Zelensky")), ("the U.S. president", "title", p("Donald Trump")),
      ("his", "pronoun", p("Donald Trump"))]),
    ("dev-073", "2023-10-05",
     "Armenia and Azerbaijan said on Thursday that they would send negotiators to Brussels next "
     "month. Officials in Baku said the talks would cover the border, and authorities in Yerevan "
     "said the two countries still disagreed over transit routes. Residents of Goris said they "
     "had heard gunfire overnight.",
     [("Armenia", "name", g("ARM")), ("Azerbaijan", "name", g("AZE")),
      ("Officials in Baku", "institution", g("AZE")), ("authorities in Yerevan", "institution", g("ARM")),
      ("Residents of Goris", "unnamed", c("ARM"))]),
    ("dev-074", "2024-04-20",
     "Sudan's army said it had repelled an assault on El Fasher, the last city in Darfur still held "
     "by the military. The paramilitaries shelled the city's main market on Saturday, and the "
     "militia's commanders said they would keep up the siege. Civilians in El Fasher said food was "
     "running out. The army said its aircraft struck rebel positions near Khartoum.",
     [("Sudan's army", "institution", g("SDN", "MIL")), ("it", "pronoun", g("SDN", "MIL")),
      ("El Fasher", "name", c("SDN")), ("the military", "description", g("SDN", "MIL")),
      ("The paramilitaries", "description", g("SDN", "REB")),
      ("Civilians in El Fasher", "unnamed", c("SDN")),
      ("The army", "description", g("SDN", "MIL")), ("its", "pronoun", g("SDN", "MIL")),
      ("Khartoum", "name", c("SDN"))]),
    ("dev-075", "2024-05-12",
     "The Rapid Support Forces denied targeting a displacement camp outside El Fasher. The "
     "paramilitary said the army had been using the camp as a base, and it accused the Sudanese "
     "military of bombing villages in North Darfur.",
     [("The Rapid Support Forces", "name", p("Rapid Support Forces")), ("El Fasher", "name", c("SDN")),
      ("paramilitary", "description", p("Rapid Support Forces")), ("the army", "description", g("SDN", "MIL")),
      ("it", "pronoun", p("Rapid Support Forces")), ("the Sudanese military", "institution", g("SDN", "MIL"))]),
    ("dev-076", "2024-06-02",
     "Russian missiles hit an energy facility in Zaporizhzhia overnight, regional officials said, "
     "and drones struck a fuel depot in Kharkiv. Residents in Kharkiv spent the night in metro "
     "stations. In Belgorod, across the border, residents of the city were told to stay indoors "
     "after Ukrainian shelling, Russia's defence ministry said.",
     [("Russian", "demonym", c("RUS")), ("Zaporizhzhia", "name", c("UKR")), ("Kharkiv", "name", c("UKR")),
      ("Residents in Kharkiv", "unnamed", c("UKR")), ("Belgorod", "name", c("RUS")),
      ("residents of the city", "unnamed", c("RUS")), ("Ukrainian", "demonym", c("UKR")),
      ("Russia's defence ministry", "institution", g("RUS", "MIL"))]),
    ("dev-077", "2023-10-17",
     "Ukrainian sea drones damaged a ferry in Kerch, the port in annexed Crimea, on Tuesday. Moscow "
     "said the attack was an act of terrorism. Kyiv said Crimea remained Ukrainian territory and that "
     "it would strike any target used by the occupying forces.",
     [("Ukrainian", "demonym", c("UKR")), ("Kerch", "name", c("UKR")), ("Crimea", "name", c("UKR")),
      ("Moscow", "metonym", g("RUS")), ("Kyiv", "metonym", g("UKR")), ("Crimea", "name", c("UKR")),
      ("it", "pronoun", g("UKR"))]),
    ("dev-078", "2024-02-10",
     "Israeli strikes on Rafah killed at least 28 people overnight, health officials in Gaza said. "
     "The emirate of Qatar, which mediates between Israel and Hamas, said the assault on the city "
     "would doom efforts to free the hostages. It urged Washington to restrain its ally.",
     [("Israeli", "demonym", c("ISR")), ("Rafah", "name", c("PSE")),
      ("health officials in Gaza", "institution", c("PSE")), ("Qatar", "name", g("QAT")),
      ("Israel", "name", g("ISR")), ("Hamas", "name", p("Hamas")), ("It", "pronoun", g("QAT")),
      ("Washington", "metonym", g("USA")), ("its", "pronoun", g("USA"))]),
    ("dev-079", "2024-02-14",
     "Qatar said on Wednesday that the talks in Cairo had made progress. The emirate has hosted "
     "Hamas's political office since 2012, and it says the arrangement keeps a channel open.",
     [("Qatar", "name", g("QAT")), ("Cairo", "name", c("EGY")), ("The emirate", "description", g("QAT")),
      ("Hamas's political office", "institution", p("Hamas")), ("it", "pronoun", g("QAT"))]),
    ("dev-080", "2023-11-03",
     "Myanmar's junta said on Friday that it had lost contact with several border posts after an "
     "offensive by ethnic armed groups in Shan state. The regime's spokesman blamed the insurgents "
     "for attacks on civilians, and said the army would respond.",
     [("Myanmar's junta", "institution", g("MMR", "MIL")), ("it", "pronoun", g("MMR", "MIL")),
      ("The regime", "description", g("MMR")), ("the army", "description", g("MMR", "MIL"))]),
    ("dev-081", "2024-01-28",
     "Mali, Burkina Faso and Niger said they were leaving ECOWAS with immediate effect. The three "
     "juntas accused the bloc of imposing illegal sanctions. A Burkinabe minister said Ouagadougou "
     "would not return, and a Malian official said Bamako had informed the Nigerien authorities.",
     [("Mali", "name", g("MLI")), ("Burkina Faso", "name", g("BFA")), ("Niger", "name", g("NER")),
      ("ECOWAS", "name", i("ECOWAS")), ("the bloc", "description", i("ECOWAS")),
      ("A Burkinabe minister", "unnamed", g("BFA")), ("Ouagadougou", "metonym", g("BFA")),
      ("a Malian official", "unnamed", g("MLI")), ("Bamako", "metonym", g("MLI")),
      ("the Nigerien authorities", "institution", g("NER"))]),
    ("dev-082", "2025-01-27",
     "M23 rebels entered Goma, the largest city in eastern Congo, on Monday. The Congolese army said "
     "Rwandan troops were fighting alongside the rebels. Kigali denied it. Congo broke off diplomatic "
     "relations with Rwanda, and the Congolese authorities expelled its diplomats. The Republic of "
     "the Congo, across the river, called for calm.",
     [("M23", "name", p("M23")), ("Goma", "name", c("COD")),
      ("The Congolese army", "institution", g("COD", "MIL")), ("Rwandan", "demonym", c("RWA")),
      ("Kigali", "metonym", g("RWA")), ("Congo", "name", g("COD")), ("Rwanda", "name", g("RWA")),
      ("the Congolese authorities", "institution", g("COD")),
      ("The Republic of the Congo", "name", g("COG"))]),
    ("dev-083", "2024-09-10",
     "Emirati and Saudi diplomats met Yemeni officials in Muscat on Tuesday. An Omani mediator said "
     "the Houthis had agreed to a prisoner exchange, and a Qatari envoy and a Kuwaiti delegation "
     "attended as observers. Bahraini ministers did not take part.",
     [("Emirati", "demonym", c("ARE")), ("Saudi", "demonym", c("SAU")), ("Yemeni officials", "unnamed", g("YEM")),
      ("Muscat", "name", c("OMN")), ("An Omani mediator", "unnamed", c("OMN")), ("the Houthis", "name", p("Houthis")),
      ("a Qatari envoy", "unnamed", g("QAT")), ("a Kuwaiti delegation", "unnamed", c("KWT")),
      ("Bahraini ministers", "unnamed", g("BHR"))]),
    ("dev-084", "2024-07-04",
     "Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek leaders gathered in Astana for a regional summit. "
     "A Belarusian delegation and a Moldovan minister attended the opening session, along with "
     "Georgian officials.",
     [("Kazakh", "demonym", c("KAZ")), ("Kyrgyz", "demonym", c("KGZ")), ("Tajik", "demonym", c("TJK")),
      ("Turkmen", "demonym", c("TKM")), ("Uzbek", "demonym", c("UZB")), ("Astana", "name", c("KAZ")),
      ("A Belarusian delegation", "unnamed", c("BLR")), ("a Moldovan minister", "unnamed", g("MDA")),
      ("Georgian officials", "unnamed", g("GEO"))]),
    ("dev-085", "2024-03-18",
     "Sudanese, South Sudanese and Eritrean delegates met in Djibouti. A Somali minister and a "
     "Djiboutian official chaired the meeting, while Chadian and Ethiopian diplomats took part online.",
     [("Sudanese", "demonym", c("SDN")), ("South Sudanese", "demonym", c("SSD")), ("Eritrean", "demonym", c("ERI")),
      ("A Somali minister", "unnamed", g("SOM")), ("a Djiboutian official", "unnamed", g("DJI")),
      ("Chadian", "demonym", c("TCD")), ("Ethiopian", "demonym", c("ETH"))]),
    ("dev-086", "2023-05-16",
     "Sino-Russian trade reached a record last year, and US-Iranian contacts resumed in Oman. "
     "Armenian-Azerbaijani talks, meanwhile, stalled over the border.",
     [("Sino", "demonym", c("CHN")), ("Russian", "demonym", c("RUS")), ("US", "demonym", c("USA")),
      ("Iranian", "demonym", c("IRN")), ("Armenian", "demonym", c("ARM")),
      ("Azerbaijani", "demonym", c("AZE"))]),
    ("dev-087", "2024-08-20",
     "Turkish and Syrian officials met in Baghdad on Tuesday. A senior official from Ankara said "
     "the talks would continue, while in Damascus a local official said the Syrian side wanted a "
     "timetable for a withdrawal.",
     [("Turkish", "demonym", c("TUR")), ("Syrian", "demonym", c("SYR")), ("Baghdad", "name", c("IRQ")),
      ("A senior official", "unnamed", g("TUR")), ("Ankara", "metonym", g("TUR")),
      ("Damascus", "name", c("SYR")), ("a local official", "unnamed", c("SYR"))]),
    ("dev-088", "2024-11-12",
     "Ukrainian and Russian officials both reported attacks on Tuesday. In Sumy, a regional official "
     "said Russian drones had hit a school, while in Kursk the governor said Ukrainian shells had "
     "damaged homes.",
     [("Ukrainian", "demonym", c("UKR")), ("Russian", "demonym", c("RUS")), ("Sumy", "name", c("UKR")),
      ("a regional official", "unnamed", c("UKR")), ("Russian", "demonym", c("RUS")),
      ("Kursk", "name", c("RUS")), ("the governor", "title", c("RUS")), ("Ukrainian", "demonym", c("UKR"))]),
    ("dev-089", "2023-06-24",
     "Wagner fighters seized military sites in Rostov-on-Don on Saturday. The mercenaries said they "
     "were marching on Moscow, and the rebels' column came within 200 kilometres of the capital "
     "before the authorities negotiated a deal.",
     [("Wagner", "name", p("Wagner Group")), ("Rostov-on-Don", "name", c("RUS")),
      ("The mercenaries", "description", p("Wagner Group")), ("they", "pronoun", p("Wagner Group")),
      ("Moscow", "name", c("RUS")), ("the authorities", "description", g("RUS"))]),
    ("dev-090", "2024-03-05",
     "Iran said on Tuesday that it had seized a tanker in the Gulf of Oman. Its navy said the ship was "
     "carrying smuggled fuel. It also warned Washington against escorting vessels through the strait.",
     [("Iran", "name", g("IRN")), ("it", "pronoun", c("IRN")), ("Its", "pronoun", c("IRN")),
      ("It", "pronoun", c("IRN")), ("Washington", "metonym", g("USA"))]),
    ("dev-091", "2023-08-22",
     "The African Union suspended Niger after the coup. It said on Tuesday that the suspension would "
     "stay until civilian rule returned, and it urged the junta to free Mohamed Bazoum.",
     [("The African Union", "name", i("AU")), ("Niger", "name", g("NER")), ("It", "pronoun", i("AU")),
      ("it", "pronoun", i("AU")), ("the junta", "description", g("NER", "MIL")),
      ("Mohamed Bazoum", "name", p("Mohamed Bazoum"))]),
    ("dev-092", "2023-12-02",
     "Burkina Faso expelled two French diplomats on Friday. The junta accused them of subversion, and "
     "the authorities said the regime would not tolerate foreign interference.",
     [("Burkina Faso", "name", g("BFA")), ("French", "demonym", c("FRA")),
      ("The junta", "description", g("BFA", "MIL")), ("the authorities", "description", g("BFA")),
      ("the regime", "description", c("BFA"))]),
    ("dev-093", "2023-09-21",
     "Azerbaijani forces halted their offensive in Nagorno-Karabakh after a day of fighting. Baku said "
     "it would guarantee the rights of the region's residents.",
     [("Azerbaijani", "demonym", c("AZE")), ("Baku", "metonym", g("AZE")), ("it", "pronoun", g("AZE"))]),
    ("dev-094", "2024-07-19",
     "Houthi militants flew a drone into Tel Aviv on Friday, killing one man. The insurgents said the "
     "strike answered the war in Gaza, and Israel said it would retaliate against the rebels.",
     [("Houthi", "demonym", p("Houthis")), ("Tel Aviv", "name", c("ISR")),
      ("The insurgents", "description", p("Houthis")), ("Gaza", "name", c("PSE")), ("Israel", "name", g("ISR")),
      ("it", "pronoun", g("ISR")), ("the rebels", "description", p("Houthis"))]),
    ("dev-095", "2024-02-25",
     "Russia's defence ministry said its forces had taken a village near Avdiivka. The military said "
     "Ukrainian troops had retreated, and it claimed heavy losses for Kyiv.",
     [("Russia's defence ministry", "institution", g("RUS", "MIL")), ("its", "pronoun", c("RUS")),
      ("The military", "description", g("RUS", "MIL")), ("Ukrainian", "demonym", c("UKR")),
      ("it", "pronoun", c("RUS")), ("Kyiv", "metonym", g("UKR"))]),
    ("dev-096", "2024-10-02",
     "The United Arab Emirates said it had brokered another prisoner swap between Moscow and Kyiv. The "
     "emirate has mediated several exchanges since the war began, and its officials said more were "
     "planned.",
     [("The United Arab Emirates", "name", g("ARE")), ("it", "pronoun", g("ARE")), ("Moscow", "metonym", g("RUS")),
      ("Kyiv", "metonym", g("UKR")), ("emirate", "description", g("ARE")), ("its", "pronoun", c("ARE"))]),
    ("dev-097", "2024-04-15",
     "Sudan's civil war entered its second year on Monday. The army holds the east of the country, "
     "while the paramilitary Rapid Support Forces control most of Darfur. The militia has been accused "
     "of ethnic killings in El Geneina.",
     [("Sudan", "name", c("SDN")), ("The army", "description", g("SDN", "MIL")),
      ("Rapid Support Forces", "name", p("Rapid Support Forces")),
      ("The militia", "description", p("Rapid Support Forces")), ("El Geneina", "name", c("SDN"))]),
    ("dev-098", "2024-09-14",
     "Belarus said on Saturday that it had moved troops to its border with Ukraine. Minsk accused Kyiv "
     "of massing forces, and it warned that its army would respond.",
     [("Belarus", "name", g("BLR")), ("it", "pronoun", g("BLR")), ("its", "pronoun", c("BLR")),
      ("Ukraine", "name", c("UKR")), ("Minsk", "metonym", g("BLR")), ("Kyiv", "metonym", g("UKR")),
      ("it", "pronoun", g("BLR")), ("its army", "institution", g("BLR", "MIL"))]),
    ("dev-099", "2024-09-18",
     "Bahrain's prime minister, Salman bin Hamad, received Kuwait's foreign minister in Manama on "
     "Wednesday. Abdullah Ali Al-Yahya said the Gulf states would coordinate on Iran, and Abdullatif "
     "Al Zayani, Bahrain's top diplomat, said he welcomed the visit.",
     [("Salman bin Hamad", "name", p("Salman bin Hamad Al Khalifa", "BHR", "GOV")),
      ("Kuwait's foreign minister", "title", p("Abdullah Ali Al-Yahya")), ("Manama", "name", c("BHR")),
      ("Abdullah Ali Al-Yahya", "name", p("Abdullah Ali Al-Yahya", "KWT", "GOV")), ("Iran", "name", g("IRN")),
      ("Abdullatif Al Zayani", "name", p("Abdullatif bin Rashid Al Zayani", "BHR", "GOV")),
      ("he", "pronoun", p("Abdullatif bin Rashid Al Zayani"))]),
    ("dev-100", "2019-03-12",
     "Oman's foreign minister, Yusuf bin Alawi, met Kuwaiti Prime Minister Jaber Al-Mubarak Al-Hamad "
     "Al-Sabah in Kuwait City, and the two men discussed the Gulf rift.",
     [("Yusuf bin Alawi", "name", p("Yusuf bin Alawi bin Abdullah", "OMN", "GOV")),
      ("Jaber Al-Mubarak Al-Hamad Al-Sabah", "name", p("Jaber Al-Mubarak Al-Hamad Al-Sabah", "KWT", "GOV")),
      ("Kuwait City", "name", c("KWT"))]),
    ("dev-101", "2024-06-10",
     "Netanyahu's office said on Monday that he had dissolved the war cabinet after Benny Gantz quit. "
     "Gantz said he had left because the government had no plan for Gaza, and Pashinyan's government "
     "said it would follow the talks closely.",
     [("Netanyahu's office", "institution", g("ISR")), ("he", "pronoun", p("Benjamin Netanyahu")),
      ("Benny Gantz", "name", p("Benny Gantz", "ISR")), ("Gantz", "surname", p("Benny Gantz")),
      ("he", "pronoun", p("Benny Gantz")), ("Gaza", "name", c("PSE")),
      ("Pashinyan's government", "institution", g("ARM")), ("it", "pronoun", g("ARM"))]),
    ("dev-102", "2025-04-12",
     "A Ukrainian presidential adviser called the meeting in Antalya a farce. Sergei Lavrov later flew "
     "to Ankara, where the president received him, and in Tehran the foreign minister said Iran "
     "backed the talks.",
     [("A Ukrainian presidential adviser", "unnamed", g("UKR")), ("Antalya", "name", c("TUR")),
      ("Sergei Lavrov", "name", p("Sergei Lavrov", "RUS", "GOV")), ("Ankara", "name", c("TUR")),
      ("the president", "title", p("Recep Tayyip Erdogan")), ("him", "pronoun", p("Sergei Lavrov")),
      ("Tehran", "name", c("IRN")), ("the foreign minister", "title", p("Abbas Araghchi")),
      ("Iran", "name", g("IRN"))]),
]  # fmt: skip


def _find(text: str, surface: str, start: int, skip: int) -> int:
    pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
    for found in pattern.finditer(text, start):
        if skip == 0:
            return found.start()
        skip -= 1
    raise ValueError(f"{surface!r} not found after {start} in {text!r}")


def build(table: list[tuple[str, str, str, list[tuple[Any, ...]]]]) -> list[dict[str, Any]]:
    """Gold items with each mention's offsets found in order in its text."""
    items = []
    for item_id, date, text, raw in table:
        mentions, position = [], 0
        for entry in raw:
            surface, kind, expected = entry[:3]
            skip = entry[3] if len(entry) > 3 else 0
            start = _find(text, surface, position, skip)
            end = start + len(surface)
            assert text[start:end] == surface
            mentions.append({"text": surface, "start": start, "end": end, "kind": kind,
                             "expected": expected})  # fmt: skip
            position = end
        items.append({"id": item_id, "date": date, "text": text, "mentions": mentions})
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return items


def write(items: list[dict[str, Any]], path: Path) -> None:
    """Write ``items`` as JSON Lines and print their counts by mention kind."""
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    kinds = Counter(m["kind"] for item in items for m in item["mentions"])
    total = sum(kinds.values())
    print(f"{len(items)} items, {total} mentions: {dict(sorted(kinds.items()))}")


def main() -> None:
    write(build(ITEMS), OUT)


if __name__ == "__main__":
    main()
