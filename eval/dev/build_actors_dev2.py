"""Build eval/dev/actors-dev2.jsonl: a second actor development set, written in another style.

Longer multi-paragraph feature and analysis stories (paragraphs separated by a blank line) from
the Sahel, the Horn of Africa, Latin America, South and Southeast Asia, the Balkans, the Gulf,
Central Asia and elsewhere, with people the knowledge base may not hold (carried by their title
and country or an appositive), pronoun chains over two or three people and organisations,
descriptions, institutions, rarer demonyms and former leaders.

Same mention format as build_actors_dev.py: (surface, kind, expected[, skip]); offsets are
computed, never typed. Run: python eval/dev/build_actors_dev2.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_actors_dev import build, c, g, i, io, p, write

OUT = Path(__file__).with_name("actors-dev2.jsonl")


def grp(name: str) -> dict[str, str]:
    return {"name": name, "sector": "REB"}


ITEMS: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    ("dv2-001", "2024-01-29",
     "The military rulers of Mali, Burkina Faso and Niger said on Sunday that their countries would "
     "leave the Economic Community of West African States with immediate effect, accusing the bloc of "
     "serving foreign interests.\n\n"
     "The announcement came months after the three governments formed the Alliance of Sahel States, a "
     "mutual defence pact. ECOWAS said it had not been formally notified and remained open to a "
     "negotiated solution.\n\n"
     "In Ouagadougou, Captain Ibrahim Traore told supporters that Burkinabe soldiers would no longer "
     "wait for permission from abroad. The Malian foreign minister, Abdoulaye Diop, said his government "
     "owed the regional body nothing.",
     [("Economic Community of West African States", "name", i("ECOWAS")),
      ("the bloc", "description", i("ECOWAS")),
      ("Alliance of Sahel States", "name", i("AES")), ("ECOWAS", "name", i("ECOWAS")),
      ("it", "pronoun", i("ECOWAS")),
      ("Ibrahim Traore", "name", p("Ibrahim Traore", "BFA", "GOV")),
      ("Burkinabe", "demonym", g("BFA", "MIL")),
      ("The Malian foreign minister", "title", p("Abdoulaye Diop")),
      ("Abdoulaye Diop", "name", p("Abdoulaye Diop", "MLI", "GOV")),
      ("his government", "institution", g("MLI")),
      ("the regional body", "description", i("ECOWAS"))]),
    ("dv2-002", "2024-05-10",
     "Chad's election agency declared Mahamat Idriss Deby the winner of Monday's presidential vote, "
     "three years after the army installed him in power when his father was killed fighting rebels.\n\n"
     "Prime Minister Succes Masra, who came second, said the count had been stolen and urged his "
     "supporters to stay calm. He had returned from exile only last year under a deal with the general, "
     "and many voters saw his appointment as a sign that the junta wanted a credible rival.\n\n"
     "Chadian soldiers fired into the air in N'Djamena as the result was read out. The African Union "
     "said it took note of the outcome, while the opposition called on the Constitutional Council to "
     "annul it.",
     [("Chad's election agency", "institution", g("TCD")),
      ("Mahamat Idriss Deby", "name", p("Mahamat Deby", "TCD", "GOV")),
      ("the army", "description", g("TCD", "MIL")), ("him", "pronoun", p("Mahamat Deby")),
      ("his", "pronoun", p("Mahamat Deby")),
      ("Succes Masra", "name", p("Succes Masra", "TCD", "GOV")),
      ("his", "pronoun", p("Succes Masra")), ("He", "pronoun", p("Succes Masra")),
      ("the general", "title", p("Mahamat Deby")), ("his", "pronoun", p("Succes Masra")),
      ("the junta", "description", g("TCD", "MIL")),
      ("Chadian", "demonym", g("TCD", "MIL")), ("The African Union", "name", i("AU")),
      ("it", "pronoun", i("AU")), ("the Constitutional Council", "description", g("TCD", "JUD"))]),
    ("dv2-003", "2024-04-03",
     "Bassirou Diomaye Faye was sworn in as Senegal's president on Tuesday, ten days after a first-round "
     "victory that few had predicted a month earlier, when he was still in prison.\n\n"
     "The 44-year-old former tax inspector named his mentor, Ousmane Sonko, as prime minister hours "
     "later. Sonko, who had been barred from running, told a crowd in Dakar that the new government "
     "would renegotiate oil and gas contracts.\n\n"
     "Former president Macky Sall, whose attempt to postpone the election set off weeks of unrest, "
     "left the country the same day. Nigeria's president, Bola Tinubu, who chairs ECOWAS, attended the "
     "ceremony and said the bloc was proud of Senegalese democracy.",
     [("Bassirou Diomaye Faye", "name", p("Bassirou Diomaye Faye", "SEN", "GOV")),
      ("he", "pronoun", p("Bassirou Diomaye Faye")), ("his", "pronoun", p("Bassirou Diomaye Faye")),
      ("Ousmane Sonko", "name", p("Ousmane Sonko", "SEN", "GOV")),
      ("Sonko", "surname", p("Ousmane Sonko")),
      ("Macky Sall", "name", p("Macky Sall", "SEN")), ("Nigeria's president", "title", p("Bola Tinubu")),
      ("Bola Tinubu", "name", p("Bola Tinubu", "NGA", "GOV")), ("ECOWAS", "name", i("ECOWAS")),
      ("the bloc", "description", i("ECOWAS")), ("Senegalese", "demonym", c("SEN"))]),
    ("dv2-004", "2022-10-03",
     "Lieutenant Colonel Paul-Henri Sandaogo Damiba agreed on Sunday to step down as Burkina Faso's "
     "leader, two days after a group of junior officers led by Captain Ibrahim Traore announced that "
     "he had been removed.\n\n"
     "Religious and community leaders who mediated said Damiba had set seven conditions, including "
     "guarantees for his safety. The ousted officer later left for Togo.\n\n"
     "Traore accused his predecessor of failing to stop jihadist attacks that have driven almost two "
     "million people from their homes. Protesters who backed the new leader attacked the French "
     "embassy in Ouagadougou, and Paris denied that it had sheltered Damiba at a French base.",
     [("Paul-Henri Sandaogo Damiba", "name", p("Paul-Henri Damiba", "BFA")),
      ("Burkina Faso's leader", "title", p("Paul-Henri Damiba")),
      ("Ibrahim Traore", "name", p("Ibrahim Traore", "BFA")),
      ("he", "pronoun", p("Paul-Henri Damiba")),
      ("Damiba", "surname", p("Paul-Henri Damiba")),
      ("his", "pronoun", p("Paul-Henri Damiba")),
      ("The ousted officer", "title", p("Paul-Henri Damiba")),
      ("Traore", "surname", p("Ibrahim Traore")), ("his predecessor", "title", p("Paul-Henri Damiba")),
      ("the new leader", "title", p("Ibrahim Traore")), ("French", "demonym", c("FRA")),
      ("Paris", "metonym", g("FRA")), ("it", "pronoun", c("FRA")),
      ("Damiba", "surname", p("Paul-Henri Damiba"))]),
    ("dv2-005", "2023-08-31",
     "Army officers in Gabon announced on Wednesday that they had seized power, minutes after the "
     "electoral commission declared President Ali Bongo Ondimba the winner of a third term.\n\n"
     "The officers said they had placed Bongo under house arrest and named General Brice Oligui "
     "Nguema, the head of the Republican Guard, as transitional leader. In a video from his residence, "
     "the deposed president asked his friends abroad to make noise.\n\n"
     "The African Union suspended Gabon, and the commission chaired by Moussa Faki Mahamat said it "
     "condemned any seizure of power. Libreville's streets filled with people celebrating, and the new "
     "strongman promised to hand power back to civilians without saying when.",
     [("Ali Bongo Ondimba", "name", p("Ali Bongo Ondimba", "GAB")),
      ("Bongo", "surname", p("Ali Bongo Ondimba")),
      ("Brice Oligui Nguema", "name", p("Brice Oligui Nguema", "GAB")),
      ("his", "pronoun", p("Ali Bongo Ondimba")),
      ("the deposed president", "title", p("Ali Bongo Ondimba")), ("his", "pronoun", p("Ali Bongo Ondimba")),
      ("The African Union", "name", i("AU")), ("Gabon", "name", c("GAB")),
      ("Moussa Faki Mahamat", "name", io("Moussa Faki Mahamat", "AU")),
      ("it", "pronoun", i("AU")),
      ("the new strongman", "title", p("Brice Oligui Nguema"))]),
    ("dv2-006", "2024-01-03",
     "Somalia's president, Hassan Sheikh Mohamud, signed a law on Saturday declaring void a deal under "
     "which Ethiopia would lease a stretch of coast from the breakaway region of Somaliland.\n\n"
     "Prime Minister Abiy Ahmed has long said that his landlocked country of 120 million people needs "
     "access to the sea. Under the memorandum, Addis Ababa would recognise Somaliland's independence in "
     "return for a naval base, according to Muse Bihi Abdi, the region's leader.\n\n"
     "Mogadishu recalled its ambassador from Ethiopia. The African Union and the Arab League urged both "
     "sides to show restraint, and the pan-African body said the territorial integrity of its members "
     "must be respected.",
     [("Somalia's president", "title", p("Hassan Sheikh Mohamud")),
      ("Hassan Sheikh Mohamud", "name", p("Hassan Sheikh Mohamud", "SOM", "GOV")),
      ("Ethiopia", "name", g("ETH")), ("Abiy Ahmed", "name", p("Abiy Ahmed", "ETH", "GOV")),
      ("his", "pronoun", p("Abiy Ahmed")), ("Addis Ababa", "metonym", g("ETH")),
      ("Muse Bihi Abdi", "name", p("Muse Bihi Abdi")), ("Mogadishu", "metonym", g("SOM")),
      ("its", "pronoun", c("SOM")), ("The African Union", "name", i("AU")),
      ("the Arab League", "name", i("ARABLEAGUE")), ("the pan-African body", "description", i("AU")),
      ("its", "pronoun", i("AU"))]),
    ("dv2-007", "2022-11-03",
     "Ethiopia's government and the Tigray People's Liberation Front agreed on Wednesday to a permanent "
     "cessation of hostilities after ten days of talks in Pretoria brokered by the African Union.\n\n"
     "The bloc's envoy, former Nigerian president Olusegun Obasanjo, called the deal the beginning of a "
     "new dawn. Redwan Hussien, who led the government delegation, said federal forces would take "
     "control of airports and highways in the region, while the rebels agreed to disarm within a "
     "month.\n\n"
     "Getachew Reda, a spokesman for the Tigrayan leadership, said painful concessions had been made. "
     "Eritrea, whose troops fought alongside the Ethiopian army, was not a party to the talks, and "
     "Asmara said nothing.",
     [("Ethiopia's government", "institution", g("ETH")),
      ("the Tigray People's Liberation Front", "name", p("Tigray People's Liberation Front")),
      ("the African Union", "name", i("AU")),
      ("The bloc's envoy", "title", p("Olusegun Obasanjo")),
      ("Olusegun Obasanjo", "name", p("Olusegun Obasanjo", "NGA")),
      ("Redwan Hussien", "name", p("Redwan Hussien", "ETH", "GOV")),
      ("the rebels", "description", p("Tigray People's Liberation Front")),
      ("Getachew Reda", "name", p("Getachew Reda")), ("Eritrea", "name", g("ERI")),
      ("whose", "pronoun", c("ERI")), ("the Ethiopian army", "institution", g("ETH", "MIL")),
      ("Asmara", "metonym", g("ERI"))]),
    ("dv2-008", "2024-06-27",
     "President William Ruto said on Wednesday that he would not sign a finance bill that had set off "
     "two weeks of protests, a day after demonstrators stormed parliament in Nairobi and police opened "
     "fire.\n\n"
     "Kenyan police were accused by Amnesty International of killing at least 22 people. The rights "
     "group said officers had used live ammunition against unarmed crowds. Kenya's parliament had "
     "passed the bill on Tuesday, and its speaker said lawmakers would now consider amendments.\n\n"
     "In a televised address, Ruto said he had listened to the young people. His deputy, Rigathi "
     "Gachagua, blamed the national intelligence service for failing to warn the government. The "
     "International Monetary Fund, which had urged Nairobi to raise revenue, said it was monitoring "
     "the situation.",
     [("William Ruto", "name", p("William Ruto", "KEN", "GOV")), ("he", "pronoun", p("William Ruto")),
      ("Kenyan police", "institution", g("KEN", "COP")),
      ("Amnesty International", "name", p("Amnesty International")),
      ("The rights group", "description", p("Amnesty International")),
      ("Kenya's parliament", "institution", g("KEN", "LEG")), ("its", "pronoun", g("KEN", "LEG")),
      ("Ruto", "surname", p("William Ruto")), ("he", "pronoun", p("William Ruto")),
      ("His deputy", "title", p("Rigathi Gachagua")),
      ("Rigathi Gachagua", "name", p("Rigathi Gachagua", "KEN", "GOV")),
      ("The International Monetary Fund", "name", i("IMF")), ("Nairobi", "metonym", g("KEN")),
      ("it", "pronoun", i("IMF"))]),
    ("dv2-009", "2025-02-20",
     "Al-Shabaab fighters overran two military bases in Somalia's Middle Shabelle region this week, "
     "the biggest advance by the militants in years, residents and officials said.\n\n"
     "The Somali army said it had killed dozens of insurgents in a counterattack. A senior Somali "
     "military officer, who asked not to be named, said troops had withdrawn because reinforcements "
     "never arrived.\n\n"
     "Hassan Sheikh Mohamud flew to the front line on Tuesday. The president, who declared total war "
     "on the al-Qaeda affiliate after his return to office in 2022, said he would lead the fight "
     "himself. The African Union said its new mission would need more money from the UN.",
     [("Al-Shabaab", "name", grp("al-Shabaab")), ("the militants", "description", grp("al-Shabaab")),
      ("The Somali army", "institution", g("SOM", "MIL")), ("it", "pronoun", g("SOM", "MIL")),
      ("A senior Somali military officer", "unnamed", g("SOM", "MIL")),
      ("Hassan Sheikh Mohamud", "name", p("Hassan Sheikh Mohamud", "SOM", "GOV")),
      ("The president", "title", p("Hassan Sheikh Mohamud")),
      ("the al-Qaeda affiliate", "description", grp("al-Shabaab")),
      ("his", "pronoun", p("Hassan Sheikh Mohamud")), ("he", "pronoun", p("Hassan Sheikh Mohamud")),
      ("himself", "pronoun", p("Hassan Sheikh Mohamud")), ("The African Union", "name", i("AU")),
      ("its", "pronoun", i("AU")), ("the UN", "name", i("UN"))]),
    ("dv2-010", "2025-01-29",
     "M23 rebels said on Tuesday that they had taken full control of Goma, the largest city in eastern "
     "Congo, after days of fighting in which Congolese soldiers and UN peacekeepers were killed.\n\n"
     "President Felix Tshisekedi accused Rwanda of sending thousands of troops to back the rebels and "
     "cut diplomatic ties with Kigali. Rwandan officials deny arming the group but say their forces "
     "are defending the border. Paul Kagame spoke by phone with the U.S. secretary of state, Marco "
     "Rubio, who urged him to pull back.\n\n"
     "In Kinshasa, crowds attacked several embassies. The UN Security Council held an emergency "
     "meeting, and its members called on the rebel movement to halt its advance.",
     [("M23", "name", grp("M23")), ("Congolese", "demonym", g("COD", "MIL")),
      ("UN", "demonym", i("UN")),
      ("Felix Tshisekedi", "name", p("Felix Tshisekedi", "COD", "GOV")), ("Rwanda", "name", g("RWA")),
      ("the rebels", "description", grp("M23")), ("Kigali", "metonym", g("RWA")),
      ("Rwandan officials", "unnamed", g("RWA")), ("the group", "description", grp("M23")),
      ("their forces", "institution", g("RWA", "MIL")),
      ("Paul Kagame", "name", p("Paul Kagame", "RWA", "GOV")),
      ("the U.S. secretary of state", "title", p("Marco Rubio")),
      ("Marco Rubio", "name", p("Marco Rubio", "USA", "GOV")), ("him", "pronoun", p("Paul Kagame")),
      ("The UN Security Council", "name", i("UNSC")), ("its", "pronoun", i("UNSC")),
      ("the rebel movement", "description", grp("M23")), ("its", "pronoun", grp("M23"))]),
    ("dv2-011", "2024-08-20",
     "Nigeria's central bank raised its benchmark interest rate again on Tuesday, saying inflation "
     "remained far too high despite a slight easing in July.\n\n"
     "Governor Olayemi Cardoso told reporters that the bank would keep tightening until prices "
     "stabilised. President Bola Tinubu, who removed fuel subsidies and let the naira float soon after "
     "taking office, has faced protests over the cost of living.\n\n"
     "Nigerian police arrested dozens of demonstrators in Abuja and Lagos this month, and the State "
     "Security Service detained several organisers. Amnesty International said the crackdown "
     "violated the constitution, and Tinubu's spokesman said the government respected the right to "
     "protest.",
     [("Nigeria's central bank", "institution", g("NGA")), ("its", "pronoun", c("NGA")),
      ("Olayemi Cardoso", "name", p("Olayemi Cardoso", "NGA")),
      ("the bank", "description", g("NGA")),
      ("Bola Tinubu", "name", p("Bola Tinubu", "NGA", "GOV")),
      ("Nigerian police", "institution", g("NGA", "COP")),
      ("the State Security Service", "description", g("NGA", "COP")),
      ("Amnesty International", "name", p("Amnesty International")),
      ("Tinubu's spokesman", "title", g("NGA", "GOV")), ("the government", "description", g("NGA"))]),
    ("dv2-012", "2024-11-27",
     "Brazil's Federal Police formally accused former president Jair Bolsonaro and 36 others on "
     "Tuesday of plotting to overturn the 2022 election and keep him in power.\n\n"
     "The 884-page report, sent to the Supreme Court, says the far-right leader knew of a plan to kill "
     "President Luiz Inacio Lula da Silva before he took office. Justice Alexandre de Moraes, who "
     "oversees the case, lifted the seal on the document and gave the prosecutor general two weeks to "
     "decide whether to press charges.\n\n"
     "Bolsonaro, who is barred from running until 2030, called the inquiry a persecution. Lula said "
     "he was lucky to be alive and that the accused must be given the right to defend themselves, which "
     "they had denied him.",
     [("Brazil's Federal Police", "institution", g("BRA", "COP")),
      ("Jair Bolsonaro", "name", p("Jair Bolsonaro", "BRA")), ("him", "pronoun", p("Jair Bolsonaro")),
      ("the Supreme Court", "description", g("BRA", "JUD")),
      ("the far-right leader", "title", p("Jair Bolsonaro")),
      ("Luiz Inacio Lula da Silva", "name", p("Luiz Inacio Lula da Silva", "BRA", "GOV")),
      ("he", "pronoun", p("Luiz Inacio Lula da Silva")),
      ("Alexandre de Moraes", "name", p("Alexandre de Moraes", "BRA", "JUD")),
      ("the prosecutor general", "title", g("BRA", "JUD")),
      ("Bolsonaro", "surname", p("Jair Bolsonaro")), ("Lula", "surname", p("Luiz Inacio Lula da Silva")),
      ("he", "pronoun", p("Luiz Inacio Lula da Silva")), ("him", "pronoun", p("Luiz Inacio Lula da Silva"))]),
    ("dv2-013", "2024-06-13",
     "The Argentine Senate narrowly approved President Javier Milei's flagship reform bill early on "
     "Thursday, after Vice President Victoria Villarruel cast the deciding vote.\n\n"
     "Outside Congress, Argentine police fired tear gas and water cannon at protesters who threw stones "
     "and set cars alight. The security minister, Patricia Bullrich, said she would not allow a coup "
     "against the government.\n\n"
     "Milei, a libertarian economist who took office in December promising to take a chainsaw to the "
     "state, called the vote a triumph. The bill returns to the lower house, where his party holds "
     "only a handful of seats. The IMF, which Argentina owes more than 40 billion dollars, welcomed "
     "the result.",
     [("The Argentine Senate", "institution", g("ARG", "LEG")),
      ("Javier Milei", "name", p("Javier Milei", "ARG", "GOV")),
      ("Victoria Villarruel", "name", p("Victoria Villarruel", "ARG", "GOV")),
      ("Argentine police", "institution", g("ARG", "COP")),
      ("The security minister", "title", p("Patricia Bullrich")),
      ("Patricia Bullrich", "name", p("Patricia Bullrich", "ARG", "GOV")),
      ("she", "pronoun", p("Patricia Bullrich")), ("the government", "description", g("ARG")),
      ("Milei", "surname", p("Javier Milei")), ("his party", "institution", g("ARG", "PTY")),
      ("The IMF", "name", i("IMF")), ("Argentina", "name", g("ARG"))]),
    ("dv2-014", "2024-10-02",
     "Claudia Sheinbaum was sworn in as Mexico's first woman president on Tuesday, promising to "
     "continue the policies of her predecessor and mentor, Andres Manuel Lopez Obrador.\n\n"
     "The former mayor of Mexico City, a climate scientist by training, told the Congress that her "
     "government would guarantee the independence of the central bank. Lopez Obrador, who left office "
     "with high approval ratings, handed her the presidential sash and left for his ranch in Chiapas.\n\n"
     "The U.S. was represented by the first lady, Jill Biden, and Washington said it looked forward to "
     "working with the new administration. Felipe VI of Spain was not invited, after Madrid failed to "
     "answer Lopez Obrador's demand for an apology for the conquest.",
     [("Claudia Sheinbaum", "name", p("Claudia Sheinbaum", "MEX", "GOV")),
      ("her predecessor", "title", p("Andres Manuel Lopez Obrador")),
      ("Andres Manuel Lopez Obrador", "name", p("Andres Manuel Lopez Obrador", "MEX")),
      ("the Congress", "description", g("MEX", "LEG")), ("her government", "institution", g("MEX")),
      ("Lopez Obrador", "surname", p("Andres Manuel Lopez Obrador")),
      ("her", "pronoun", p("Claudia Sheinbaum")), ("his", "pronoun", p("Andres Manuel Lopez Obrador")),
      ("The U.S.", "name", g("USA")), ("Jill Biden", "name", p("Jill Biden", "USA")),
      ("Washington", "metonym", g("USA")), ("it", "pronoun", c("USA")),
      ("the new administration", "description", g("MEX")),
      ("Felipe VI", "name", p("Felipe VI", "ESP", "GOV")), ("Madrid", "metonym", g("ESP")),
      ("Lopez Obrador", "surname", p("Andres Manuel Lopez Obrador"))]),
    ("dv2-015", "2023-06-10",
     "Colombia's government and the National Liberation Army signed a six-month ceasefire in Havana on "
     "Friday, the most significant step yet in President Gustavo Petro's push for what he calls total "
     "peace.\n\n"
     "The deal was witnessed by Cuba's president, Miguel Diaz-Canel, and by Venezuela, which hosted "
     "the first round of talks. The ELN's top commander, Antonio Garcia, said the guerrillas would stop "
     "offensive operations, but he refused to give up kidnapping for ransom.\n\n"
     "Colombian troops will halt operations against the group from August. Petro, a former guerrilla "
     "himself, shook hands with the rebel leader. The UN mission in Bogota said it would help verify "
     "the truce.",
     [("Colombia's government", "institution", g("COL")),
      ("the National Liberation Army", "name", grp("National Liberation Army")),
      ("Gustavo Petro", "name", p("Gustavo Petro", "COL", "GOV")), ("he", "pronoun", p("Gustavo Petro")),
      ("Cuba's president", "title", p("Miguel Diaz-Canel")),
      ("Miguel Diaz-Canel", "name", p("Miguel Diaz-Canel", "CUB", "GOV")),
      ("Venezuela", "name", g("VEN")), ("which", "pronoun", g("VEN")),
      ("The ELN's top commander", "title", p("Antonio Garcia")),
      ("Antonio Garcia", "name", p("Antonio Garcia")), ("the guerrillas", "description", grp("National Liberation Army")),
      ("he", "pronoun", p("Antonio Garcia")), ("Colombian", "demonym", g("COL", "MIL")),
      ("the group", "description", grp("National Liberation Army")), ("Petro", "surname", p("Gustavo Petro")),
      ("the rebel leader", "title", p("Antonio Garcia")), ("The UN mission", "institution", i("UN")),
      ("it", "pronoun", i("UN"))]),
    ("dv2-016", "2024-07-30",
     "Venezuela's electoral council declared Nicolas Maduro the winner of Sunday's presidential "
     "election with 51 percent of the vote, without publishing the tallies from polling stations.\n\n"
     "The opposition said its own count, based on receipts from more than 70 percent of machines, "
     "showed a landslide for Edmundo Gonzalez, a retired diplomat who stood in for Maria Corina "
     "Machado after she was barred. Machado told supporters in Caracas that they had won and that she "
     "would prove it.\n\n"
     "Brazil, Colombia and Mexico asked the council to publish the full results. Caracas expelled "
     "diplomats from seven Latin American countries that had questioned the outcome, and Maduro said "
     "the Venezuelan armed forces stood with him.",
     [("Venezuela's electoral council", "institution", g("VEN")),
      ("Nicolas Maduro", "name", p("Nicolas Maduro", "VEN", "GOV")),
      ("Edmundo Gonzalez", "name", p("Edmundo Gonzalez Urrutia", "VEN")),
      ("Maria Corina Machado", "name", p("Maria Corina Machado", "VEN")),
      ("she", "pronoun", p("Maria Corina Machado")), ("Machado", "surname", p("Maria Corina Machado")),
      ("she", "pronoun", p("Maria Corina Machado")), ("Brazil", "name", g("BRA")),
      ("Colombia", "name", g("COL")), ("Mexico", "name", g("MEX")),
      ("the council", "description", g("VEN")), ("Caracas", "metonym", g("VEN")),
      ("Maduro", "surname", p("Nicolas Maduro")),
      ("the Venezuelan armed forces", "institution", g("VEN", "MIL")), ("him", "pronoun", p("Nicolas Maduro"))]),
    ("dv2-017", "2022-12-08",
     "Peru's Congress voted on Wednesday to remove President Pedro Castillo, hours after he tried to "
     "dissolve the legislature and rule by decree. Police detained him as he drove towards the Mexican "
     "embassy.\n\n"
     "Vice President Dina Boluarte was sworn in the same afternoon, becoming the country's first "
     "female president. She called for a political truce and said she would serve until 2026.\n\n"
     "Castillo, a former rural schoolteacher, had faced three impeachment attempts in 16 months. Mexico "
     "said it had been ready to grant him asylum, and the U.S. ambassador, Lisa Kenna, said Washington "
     "rejected his attempt to close parliament.",
     [("Peru's Congress", "institution", g("PER", "LEG")),
      ("Pedro Castillo", "name", p("Pedro Castillo", "PER")), ("he", "pronoun", p("Pedro Castillo")),
      ("Police", "description", g("PER", "COP")), ("him", "pronoun", p("Pedro Castillo")),
      ("he", "pronoun", p("Pedro Castillo")), ("Mexican", "demonym", c("MEX")),
      ("Dina Boluarte", "name", p("Dina Boluarte", "PER", "GOV")),
      ("the country's first female president", "title", p("Dina Boluarte")),
      ("She", "pronoun", p("Dina Boluarte")), ("she", "pronoun", p("Dina Boluarte")),
      ("Castillo", "surname", p("Pedro Castillo")), ("Mexico", "name", g("MEX")),
      ("it", "pronoun", c("MEX")), ("him", "pronoun", p("Pedro Castillo")),
      ("the U.S. ambassador", "title", g("USA")), ("Lisa Kenna", "name", p("Lisa Kenna", "USA", "GOV")),
      ("Washington", "metonym", g("USA")), ("his", "pronoun", p("Pedro Castillo"))]),
    ("dv2-018", "2024-04-07",
     "Ecuadorian police broke into the Mexican embassy in Quito late on Friday and arrested Jorge Glas, "
     "a former vice president who had sought refuge there from corruption charges.\n\n"
     "Mexico's president, Andres Manuel Lopez Obrador, called the raid an authoritarian act and "
     "suspended relations with Ecuador. His foreign minister, Alicia Barcena, said Mexico would take "
     "the case to the International Court of Justice.\n\n"
     "President Daniel Noboa, who has declared war on drug gangs since taking office in November, said "
     "Glas was a convicted criminal and that asylum could not shield him. The Organization of American "
     "States called an emergency session, and Nicaragua broke off ties with Quito.",
     [("Ecuadorian", "demonym", g("ECU", "COP")), ("Mexican", "demonym", c("MEX")),
      ("Jorge Glas", "name", p("Jorge Glas", "ECU")),
      ("Mexico's president", "title", p("Andres Manuel Lopez Obrador")),
      ("Andres Manuel Lopez Obrador", "name", p("Andres Manuel Lopez Obrador", "MEX", "GOV")),
      ("Ecuador", "name", g("ECU")), ("His foreign minister", "title", p("Alicia Barcena")),
      ("Alicia Barcena", "name", p("Alicia Barcena", "MEX", "GOV")), ("Mexico", "name", g("MEX")),
      ("the International Court of Justice", "name", i("ICJ")),
      ("Daniel Noboa", "name", p("Daniel Noboa", "ECU", "GOV")), ("Glas", "surname", p("Jorge Glas")),
      ("him", "pronoun", p("Jorge Glas")),
      ("The Organization of American States", "name", i("OAS")), ("Nicaragua", "name", g("NIC")),
      ("Quito", "metonym", g("ECU"))]),
    ("dv2-019", "2024-01-16",
     "Bernardo Arevalo was sworn in as Guatemala's president just after midnight on Monday, after "
     "lawmakers allied with the outgoing government delayed the ceremony for nine hours.\n\n"
     "The anti-corruption crusader, whose victory in August stunned the political establishment, had "
     "spent months fighting attempts by the attorney general, Consuelo Porras, to suspend his party and "
     "annul the result. Arevalo said he would ask her to resign.\n\n"
     "His predecessor, Alejandro Giammattei, did not attend. The Organization of American States, "
     "whose observers had defended the vote, said the transfer of power was a victory for democracy, "
     "and Washington said it would work closely with the new president.",
     [("Bernardo Arevalo", "name", p("Bernardo Arevalo", "GTM", "GOV")),
      ("lawmakers", "description", g("GTM", "LEG")),
      ("The anti-corruption crusader", "title", p("Bernardo Arevalo")),
      ("the attorney general", "title", p("Consuelo Porras")),
      ("Consuelo Porras", "name", p("Consuelo Porras", "GTM", "JUD")),
      ("his party", "institution", g("GTM", "PTY")), ("Arevalo", "surname", p("Bernardo Arevalo")),
      ("he", "pronoun", p("Bernardo Arevalo")), ("her", "pronoun", p("Consuelo Porras")),
      ("His predecessor", "title", p("Alejandro Giammattei")),
      ("Alejandro Giammattei", "name", p("Alejandro Giammattei", "GTM")),
      ("The Organization of American States", "name", i("OAS")), ("whose", "pronoun", i("OAS")),
      ("Washington", "metonym", g("USA")), ("it", "pronoun", c("USA")),
      ("the new president", "title", p("Bernardo Arevalo"))]),
    ("dv2-020", "2024-03-13",
     "Haiti's prime minister, Ariel Henry, has agreed to resign once a transitional council is set up, "
     "after gangs led by a former police officer, Jimmy Cherizier, took over much of the capital.\n\n"
     "Henry, who is stranded in Puerto Rico, said in a video that his government would leave after the "
     "council was installed. Caribbean leaders meeting in Jamaica with the U.S. secretary of state, "
     "Antony Blinken, drew up the plan.\n\n"
     "Kenya, which had offered to lead a multinational police mission, said its officers would not "
     "deploy until a new government was in place. Cherizier, who goes by the name Barbecue, warned "
     "that his fighters would not accept any leader chosen abroad.",
     [("Haiti's prime minister", "title", p("Ariel Henry")),
      ("Ariel Henry", "name", p("Ariel Henry", "HTI", "GOV")),
      ("Jimmy Cherizier", "name", p("Jimmy Cherizier")), ("Henry", "surname", p("Ariel Henry")),
      ("his government", "institution", g("HTI")),
      ("the U.S. secretary of state", "title", p("Antony Blinken")),
      ("Antony Blinken", "name", p("Antony Blinken", "USA", "GOV")), ("Kenya", "name", g("KEN")),
      ("which", "pronoun", g("KEN")), ("its officers", "institution", g("KEN", "COP")),
      ("Cherizier", "surname", p("Jimmy Cherizier")), ("his", "pronoun", p("Jimmy Cherizier"))]),
    ("dv2-021", "2025-05-11",
     "India and Pakistan agreed to halt all military action on Saturday after four days of missile, "
     "drone and artillery exchanges, the worst fighting between the nuclear-armed neighbours in "
     "decades.\n\n"
     "Indian jets had struck what New Delhi called terrorist camps in Pakistan and Pakistani Kashmir "
     "after an attack on tourists in Pahalgam. Islamabad said the strikes had killed civilians and "
     "answered with an operation of its own. Pakistan's army chief, General Asim Munir, said his forces "
     "had shot down several Indian aircraft, a claim New Delhi did not confirm.\n\n"
     "Prime Minister Shehbaz Sharif thanked Donald Trump, who announced the truce before either "
     "government did. India's foreign minister, Subrahmanyam Jaishankar, said the two sides' military "
     "commanders had agreed the terms directly, without any mediator.",
     [("India", "name", g("IND")), ("Pakistan", "name", g("PAK")), ("Indian", "demonym", g("IND", "MIL")),
      ("New Delhi", "metonym", g("IND")), ("Islamabad", "metonym", g("PAK")),
      ("its", "pronoun", c("PAK")), ("Pakistan's army chief", "title", p("Asim Munir")),
      ("Asim Munir", "name", p("Asim Munir", "PAK", "MIL")), ("his forces", "institution", g("PAK", "MIL")),
      ("Indian", "demonym", g("IND", "MIL")), ("New Delhi", "metonym", g("IND")),
      ("Shehbaz Sharif", "name", p("Shehbaz Sharif", "PAK", "GOV")),
      ("Donald Trump", "name", p("Donald Trump", "USA", "GOV")),
      ("India's foreign minister", "title", p("Subrahmanyam Jaishankar")),
      ("Subrahmanyam Jaishankar", "name", p("Subrahmanyam Jaishankar", "IND", "GOV"))]),
    ("dv2-022", "2023-05-10",
     "Former prime minister Imran Khan was arrested by paramilitary Rangers inside the Islamabad High "
     "Court on Tuesday, setting off protests in which his supporters attacked army buildings in "
     "several cities.\n\n"
     "The anti-corruption agency said Khan had failed to answer repeated summonses. His party, "
     "Pakistan Tehreek-e-Insaf, called a nationwide strike. The military's media wing said the attacks "
     "on its installations would not go unpunished.\n\n"
     "Prime Minister Shehbaz Sharif, who replaced the former cricket star after a no-confidence vote "
     "last year, accused him of inciting violence. Washington and London urged respect for the rule of "
     "law.",
     [("Imran Khan", "name", p("Imran Khan", "PAK")),
      ("the Islamabad High Court", "institution", g("PAK", "JUD")), ("his", "pronoun", p("Imran Khan")),
      ("The anti-corruption agency", "description", g("PAK")), ("Khan", "surname", p("Imran Khan")),
      ("His party", "institution", g("PAK", "PTY")),
      ("Pakistan Tehreek-e-Insaf", "name", g("PAK", "PTY")),
      ("The military's media wing", "institution", g("PAK", "MIL")), ("its", "pronoun", g("PAK", "MIL")),
      ("Shehbaz Sharif", "name", p("Shehbaz Sharif", "PAK", "GOV")),
      ("the former cricket star", "title", p("Imran Khan")), ("him", "pronoun", p("Imran Khan")),
      ("Washington", "metonym", g("USA")), ("London", "metonym", g("GBR"))]),
    ("dv2-023", "2024-08-09",
     "Muhammad Yunus, the Nobel peace laureate, was sworn in on Thursday as head of Bangladesh's "
     "interim government, three days after Sheikh Hasina fled to India by helicopter.\n\n"
     "The 84-year-old economist took the oath from President Mohammed Shahabuddin at the presidential "
     "palace and promised to hold elections within months. The army chief, General Waker-Uz-Zaman, who "
     "had refused to order troops to fire on students, stood beside him.\n\n"
     "Hasina, who ruled for 15 years, remains in New Delhi. Her son said she had not formally resigned. "
     "India's government said it was in touch with Dhaka and hoped for stability in its neighbour.",
     [("Muhammad Yunus", "name", p("Muhammad Yunus", "BGD", "GOV")),
      ("Sheikh Hasina", "name", p("Sheikh Hasina", "BGD")),
      ("The 84-year-old economist", "title", p("Muhammad Yunus")),
      ("Mohammed Shahabuddin", "name", p("Mohammed Shahabuddin", "BGD", "GOV")),
      ("The army chief", "title", p("Waker-Uz-Zaman")),
      ("Waker-Uz-Zaman", "name", p("Waker-Uz-Zaman", "BGD", "MIL")), ("him", "pronoun", p("Muhammad Yunus")),
      ("Hasina", "surname", p("Sheikh Hasina")), ("Her", "pronoun", p("Sheikh Hasina")),
      ("she", "pronoun", p("Sheikh Hasina")), ("India's government", "institution", g("IND")),
      ("it", "pronoun", g("IND")), ("Dhaka", "metonym", g("BGD")), ("its", "pronoun", c("IND"))]),
    ("dv2-024", "2024-09-24",
     "Anura Kumara Dissanayake, a Marxist-leaning outsider, was sworn in as Sri Lanka's president on "
     "Monday after winning an election seen as a verdict on the economic crisis of 2022.\n\n"
     "He defeated the incumbent, Ranil Wickremesinghe, who had steered the island nation through a "
     "bailout from the International Monetary Fund. Dissanayake said he would seek to renegotiate "
     "parts of the deal but would not abandon it.\n\n"
     "The lender said it looked forward to working with the new government. Wickremesinghe "
     "congratulated his successor and said he would not stand in the parliamentary election. India "
     "and China, which vie for influence in Colombo, both sent messages of congratulation.",
     [("Anura Kumara Dissanayake", "name", p("Anura Kumara Dissanayake", "LKA", "GOV")),
      ("He", "pronoun", p("Anura Kumara Dissanayake")),
      ("Ranil Wickremesinghe", "name", p("Ranil Wickremesinghe", "LKA")),
      ("the island nation", "description", g("LKA")),
      ("the International Monetary Fund", "name", i("IMF")),
      ("Dissanayake", "surname", p("Anura Kumara Dissanayake")),
      ("he", "pronoun", p("Anura Kumara Dissanayake")), ("The lender", "description", i("IMF")),
      ("it", "pronoun", i("IMF")), ("the new government", "description", g("LKA")),
      ("Wickremesinghe", "surname", p("Ranil Wickremesinghe")),
      ("his successor", "title", p("Anura Kumara Dissanayake")),
      ("he", "pronoun", p("Ranil Wickremesinghe")), ("India", "name", g("IND")),
      ("China", "name", g("CHN")), ("which", "pronoun", c("CHN"))]),
    ("dv2-025", "2024-01-12",
     "Myanmar's junta agreed to a ceasefire with an alliance of ethnic armed groups on Thursday at talks "
     "in Kunming hosted by China, after the rebels seized dozens of towns along the border.\n\n"
     "The Myanmar National Democratic Alliance Army, the strongest of the three groups, said it would "
     "keep the town of Laukkai. A spokesman for the military government, Zaw Min Tun, said the army "
     "would not launch new offensives in northern Shan state.\n\n"
     "Senior General Min Aung Hlaing has faced unusual criticism from his own supporters since the "
     "offensive began in October. The Chinese foreign ministry said Beijing would keep pushing for "
     "peace, and ASEAN said the bloc welcomed any step that reduced violence.",
     [("Myanmar's junta", "institution", g("MMR", "MIL")), ("China", "name", g("CHN")),
      ("the rebels", "description", {"sector": "REB"}),
      ("The Myanmar National Democratic Alliance Army", "name", grp("Myanmar National Democratic Alliance Army")),
      ("it", "pronoun", grp("Myanmar National Democratic Alliance Army")),
      ("Zaw Min Tun", "name", p("Zaw Min Tun", "MMR")),
      ("the army", "description", g("MMR", "MIL")),
      ("Min Aung Hlaing", "name", p("Min Aung Hlaing", "MMR")),
      ("his", "pronoun", p("Min Aung Hlaing")),
      ("The Chinese foreign ministry", "institution", g("CHN")), ("Beijing", "metonym", g("CHN")),
      ("ASEAN", "name", i("ASEAN")), ("the bloc", "description", i("ASEAN"))]),
    ("dv2-026", "2024-10-21",
     "Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday, completing a political "
     "comeback for a former special forces general once banned from entering the United States.\n\n"
     "The 73-year-old, who served as defence minister under Joko Widodo, won the February election with "
     "the outgoing leader's tacit backing. Widodo's eldest son, Gibran Rakabuming Raka, became vice "
     "president.\n\n"
     "In his first speech, Prabowo promised free school meals and said Jakarta would stay non-aligned. "
     "Chinese Vice President Han Zheng and the British foreign secretary, David Lammy, attended the "
     "ceremony in the parliament building.",
     [("Prabowo Subianto", "name", p("Prabowo Subianto", "IDN", "GOV")),
      ("Joko Widodo", "name", p("Joko Widodo", "IDN")),
      ("the outgoing leader", "title", p("Joko Widodo")), ("Widodo", "surname", p("Joko Widodo")),
      ("Gibran Rakabuming Raka", "name", p("Gibran Rakabuming Raka", "IDN", "GOV")),
      ("his", "pronoun", p("Prabowo Subianto")), ("Prabowo", "surname", p("Prabowo Subianto")),
      ("Jakarta", "metonym", g("IDN")),
      ("Han Zheng", "name", p("Han Zheng", "CHN", "GOV")),
      ("the British foreign secretary", "title", p("David Lammy")),
      ("David Lammy", "name", p("David Lammy", "GBR", "GOV"))]),
    ("dv2-027", "2025-03-12",
     "Former president Rodrigo Duterte was flown to The Hague on Tuesday night after Philippine police "
     "arrested him in Manila on a warrant from the International Criminal Court.\n\n"
     "The court accuses the 79-year-old of crimes against humanity over his war on drugs, in which "
     "thousands of suspects were killed. President Ferdinand Marcos Jr said his government had only "
     "honoured its commitments to Interpol.\n\n"
     "Duterte's daughter, Vice President Sara Duterte, who fell out with Marcos last year, said her "
     "father had been kidnapped. She travelled to the Netherlands to organise his defence.",
     [("Rodrigo Duterte", "name", p("Rodrigo Duterte", "PHL")), ("Philippine", "demonym", g("PHL", "COP")),
      ("him", "pronoun", p("Rodrigo Duterte")),
      ("the International Criminal Court", "name", i("ICC")), ("The court", "description", i("ICC")),
      ("his", "pronoun", p("Rodrigo Duterte")),
      ("Ferdinand Marcos Jr", "name", p("Ferdinand Marcos Jr.", "PHL", "GOV")),
      ("his government", "institution", g("PHL")), ("its", "pronoun", c("PHL")),
      ("Interpol", "name", i("INTERPOL")), ("Duterte", "surname", p("Rodrigo Duterte")),
      ("Sara Duterte", "name", p("Sara Duterte", "PHL", "GOV")), ("Marcos", "surname", p("Ferdinand Marcos Jr.")),
      ("her father", "title", p("Rodrigo Duterte")), ("She", "pronoun", p("Sara Duterte")),
      ("his", "pronoun", p("Rodrigo Duterte"))]),
    ("dv2-028", "2024-08-17",
     "Thailand's parliament elected Paetongtarn Shinawatra as prime minister on Friday, two days after "
     "the Constitutional Court removed her predecessor, Srettha Thavisin, for appointing a minister "
     "who had served jail time.\n\n"
     "At 37, she is the country's youngest leader and the third member of her family to hold the job. "
     "Her father, Thaksin Shinawatra, was ousted by the army in 2006 and returned from exile last "
     "year. Her aunt, Yingluck, was removed by the same court in 2014.\n\n"
     "Srettha wished his successor well. Analysts said the new premier would struggle to escape her "
     "father's shadow, and the military-backed parties in her coalition warned that they would not "
     "back changes to the lese-majeste law.",
     [("Thailand's parliament", "institution", g("THA", "LEG")),
      ("Paetongtarn Shinawatra", "name", p("Paetongtarn Shinawatra", "THA", "GOV")),
      ("the Constitutional Court", "description", g("THA", "JUD")),
      ("her predecessor", "title", p("Srettha Thavisin")),
      ("Srettha Thavisin", "name", p("Srettha Thavisin", "THA")),
      ("she", "pronoun", p("Paetongtarn Shinawatra")), ("her", "pronoun", p("Paetongtarn Shinawatra")),
      ("Her", "pronoun", p("Paetongtarn Shinawatra")),
      ("Thaksin Shinawatra", "name", p("Thaksin Shinawatra", "THA")),
      ("the army", "description", g("THA", "MIL")), ("Her", "pronoun", p("Paetongtarn Shinawatra")),
      ("Yingluck", "name", p("Yingluck Shinawatra", "THA")),
      ("Srettha", "surname", p("Srettha Thavisin")), ("his successor", "title", p("Paetongtarn Shinawatra")),
      ("the new premier", "title", p("Paetongtarn Shinawatra")),
      ("her father", "title", p("Thaksin Shinawatra"))]),
    ("dv2-029", "2025-07-25",
     "Thai F-16 jets bombed Cambodian military positions on Thursday as border clashes between the two "
     "countries spread to at least six locations, killing civilians on both sides.\n\n"
     "Bangkok accused Cambodian troops of firing rockets at a hospital in Sisaket province. Prime "
     "Minister Hun Manet said Thailand had attacked first and asked the UN Security Council for an "
     "urgent meeting. His father, Hun Sen, who leads the Senate, posted that Cambodia had no choice but "
     "to respond.\n\n"
     "Thailand's acting prime minister, Phumtham Wechayachai, said the kingdom would not accept "
     "mediation by a third country for now. Malaysia's Anwar Ibrahim, who chairs ASEAN this year, "
     "offered to host talks.",
     [("Thai", "demonym", g("THA", "MIL")), ("Cambodian", "demonym", g("KHM", "MIL")),
      ("Bangkok", "metonym", g("THA")), ("Cambodian", "demonym", g("KHM", "MIL")),
      ("Hun Manet", "name", p("Hun Manet", "KHM", "GOV")), ("Thailand", "name", g("THA")),
      ("the UN Security Council", "name", i("UNSC")), ("His", "pronoun", p("Hun Manet")),
      ("Hun Sen", "name", p("Hun Sen", "KHM")), ("the Senate", "description", g("KHM", "LEG")),
      ("Cambodia", "name", g("KHM")),
      ("Thailand's acting prime minister", "title", p("Phumtham Wechayachai")),
      ("Phumtham Wechayachai", "name", p("Phumtham Wechayachai", "THA", "GOV")),
      ("the kingdom", "description", g("THA")), ("Anwar Ibrahim", "name", p("Anwar Ibrahim", "MYS", "GOV")),
      ("ASEAN", "name", i("ASEAN"))]),
    ("dv2-030", "2024-06-21",
     "Vladimir Putin signed a string of agreements in Hanoi on Thursday, a day after he and Kim Jong Un "
     "pledged mutual military assistance in Pyongyang.\n\n"
     "Vietnam's president, To Lam, said his country wanted to deepen its partnership with Moscow, a "
     "traditional arms supplier. The communist-ruled country has upgraded ties with the United States "
     "and Japan in the past year, and Washington criticised the decision to host a leader wanted by the "
     "International Criminal Court.\n\n"
     "The Russian leader praised Hanoi's balanced stance on Ukraine. The U.S. ambassador to Vietnam, "
     "Marc Knapper, said no country should give Putin a platform.",
     [("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")), ("he", "pronoun", p("Vladimir Putin")),
      ("Kim Jong Un", "name", p("Kim Jong Un", "PRK", "GOV")),
      ("Vietnam's president", "title", p("To Lam")), ("To Lam", "name", p("To Lam", "VNM", "GOV")),
      ("his", "pronoun", p("To Lam")), ("its", "pronoun", c("VNM")), ("Moscow", "metonym", g("RUS")),
      ("The communist-ruled country", "description", g("VNM")),
      ("the United States", "name", c("USA")), ("Japan", "name", c("JPN")),
      ("Washington", "metonym", g("USA")), ("the International Criminal Court", "name", i("ICC")),
      ("The Russian leader", "title", p("Vladimir Putin")), ("Hanoi", "metonym", g("VNM")),
      ("The U.S. ambassador to Vietnam", "title", g("USA")),
      ("Marc Knapper", "name", p("Marc Knapper", "USA", "GOV")), ("Putin", "surname", p("Vladimir Putin"))]),
    ("dv2-031", "2023-09-26",
     "Kosovo's prime minister, Albin Kurti, accused Belgrade on Monday of backing an armed Serb group "
     "that attacked police in the northern village of Banjska, killing an officer.\n\n"
     "Kosovo police said three of the gunmen were killed in a day-long battle at a monastery. Milan "
     "Radoicic, the deputy leader of the main Serb party in Kosovo, said he had organised the group "
     "and that Serbia knew nothing of it.\n\n"
     "Serbian President Aleksandar Vucic denied any role and called the dead men heroes who had "
     "resisted Kurti's terror. The European Union's foreign policy chief, Josep Borrell, said the "
     "attackers must be brought to justice, and Pristina called for sanctions on Serbia.",
     [("Kosovo's prime minister", "title", p("Albin Kurti")),
      ("Albin Kurti", "name", p("Albin Kurti", "XKX", "GOV")), ("Belgrade", "metonym", g("SRB")),
      ("Serb", "demonym", c("SRB")), ("Kosovo police", "institution", g("XKX", "COP")),
      ("Milan Radoicic", "name", p("Milan Radoicic")), ("he", "pronoun", p("Milan Radoicic")),
      ("Serbia", "name", g("SRB")), ("Aleksandar Vucic", "name", p("Aleksandar Vucic", "SRB", "GOV")),
      ("Kurti", "surname", p("Albin Kurti")), ("The European Union", "name", i("EU")),
      ("Josep Borrell", "name", io("Josep Borrell", "EU")), ("Pristina", "metonym", g("XKX")),
      ("Serbia", "name", g("SRB"))]),
    ("dv2-032", "2025-02-27",
     "A court in Sarajevo sentenced Milorad Dodik, the president of Bosnia's Serb-run entity, to a year "
     "in prison on Wednesday and banned him from politics for six years for defying the international "
     "envoy.\n\n"
     "Dodik told thousands of supporters in Banja Luka that he would ignore the verdict and that "
     "Republika Srpska's parliament would pass laws barring state police and courts from the entity. "
     "Bosniak leaders called that an attack on the constitution.\n\n"
     "The high representative, Christian Schmidt, said the ruling showed that no one was above the "
     "law. Serbian President Aleksandar Vucic flew to Banja Luka to show support, while the EU's "
     "delegation urged calm.",
     [("A court in Sarajevo", "description", g("BIH", "JUD")),
      ("Milorad Dodik", "name", p("Milorad Dodik", "BIH")),
      ("the president of Bosnia's Serb-run entity", "title", p("Milorad Dodik")),
      ("him", "pronoun", p("Milorad Dodik")), ("Dodik", "surname", p("Milorad Dodik")),
      ("he", "pronoun", p("Milorad Dodik")),
      ("Republika Srpska's parliament", "institution", {"country": "BIH", "sector": "LEG"}),
      ("Bosniak", "demonym", c("BIH")), ("Christian Schmidt", "name", p("Christian Schmidt")),
      ("Aleksandar Vucic", "name", p("Aleksandar Vucic", "SRB", "GOV")),
      ("the EU's delegation", "institution", i("EU"))]),
    ("dv2-033", "2025-01-29",
     "Serbia's prime minister, Milos Vucevic, said on Tuesday that he would resign, after weeks of "
     "student-led protests over the collapse of a railway station canopy in Novi Sad that killed 15 "
     "people.\n\n"
     "Vucevic, a close ally of President Aleksandar Vucic, said he was stepping down to calm tensions "
     "after supporters of his party beat a student in the city. The president said parliament would "
     "decide within 30 days whether to name a new government or call early elections.\n\n"
     "The students, who have refused to meet Vucic, said their demands had still not been met. The "
     "Serbian interior ministry said police had arrested the attackers.",
     [("Serbia's prime minister", "title", p("Milos Vucevic")),
      ("Milos Vucevic", "name", p("Milos Vucevic", "SRB", "GOV")), ("he", "pronoun", p("Milos Vucevic")),
      ("Vucevic", "surname", p("Milos Vucevic")),
      ("Aleksandar Vucic", "name", p("Aleksandar Vucic", "SRB", "GOV")),
      ("he", "pronoun", p("Milos Vucevic")), ("his party", "institution", g("SRB", "PTY")),
      ("The president", "title", p("Aleksandar Vucic")), ("parliament", "description", g("SRB", "LEG")),
      ("Vucic", "surname", p("Aleksandar Vucic")),
      ("The Serbian interior ministry", "institution", g("SRB")),
      ("police", "description", g("SRB", "COP"))]),
    ("dv2-034", "2024-06-24",
     "North Macedonia's new prime minister, Hristijan Mickoski, said on Monday that his government would "
     "not change the constitution to recognise a Bulgarian minority unless the European Union gave "
     "firm guarantees.\n\n"
     "Sofia has blocked the start of membership talks for years over history and language. Bulgaria's "
     "foreign ministry said Skopje must keep its commitments. The nationalist leader also angered "
     "Greece by calling his country Macedonia in his swearing-in speech, and Athens warned that the "
     "name deal was not negotiable.\n\n"
     "President Gordana Siljanovska-Davkova, sworn in last month, made the same point. The bloc's "
     "enlargement commissioner, Oliver Varhelyi, urged both neighbours to stay calm.",
     [("North Macedonia's new prime minister", "title", p("Hristijan Mickoski")),
      ("Hristijan Mickoski", "name", p("Hristijan Mickoski", "MKD", "GOV")),
      ("his government", "institution", g("MKD")), ("Bulgarian", "demonym", c("BGR")),
      ("the European Union", "name", i("EU")), ("Sofia", "metonym", g("BGR")),
      ("Bulgaria's foreign ministry", "institution", g("BGR")), ("Skopje", "metonym", g("MKD")),
      ("its", "pronoun", c("MKD")), ("The nationalist leader", "title", p("Hristijan Mickoski")),
      ("Greece", "name", g("GRC")), ("his", "pronoun", p("Hristijan Mickoski")),
      ("Athens", "metonym", g("GRC")),
      ("Gordana Siljanovska-Davkova", "name", p("Gordana Siljanovska-Davkova", "MKD", "GOV")),
      ("The bloc's enlargement commissioner", "title", p("Oliver Varhelyi")),
      ("Oliver Varhelyi", "name", io("Oliver Varhelyi", "EU"))]),
    ("dv2-035", "2022-05-15",
     "Sheikh Mohamed bin Zayed Al Nahyan was elected president of the United Arab Emirates on Saturday, "
     "a day after the death of his half-brother, Sheikh Khalifa bin Zayed.\n\n"
     "The federal council of the seven emirates' rulers chose him unanimously. Already the country's de "
     "facto ruler for years, the 61-year-old has built the Gulf state into a regional military power "
     "and pushed for ties with Israel.\n\n"
     "Emirati state media said leaders from across the world had called to offer condolences. Saudi "
     "Arabia's King Salman praised the late president, and the French president, Emmanuel Macron, said "
     "he would travel to Abu Dhabi to pay his respects.",
     [("Mohamed bin Zayed Al Nahyan", "name", p("Mohamed bin Zayed Al Nahyan", "ARE", "GOV")),
      ("the United Arab Emirates", "name", c("ARE")),
      ("his", "pronoun", p("Mohamed bin Zayed Al Nahyan")),
      ("Khalifa bin Zayed", "name", p("Khalifa bin Zayed Al Nahyan", "ARE")),
      ("him", "pronoun", p("Mohamed bin Zayed Al Nahyan")),
      ("the Gulf state", "description", g("ARE")), ("Israel", "name", c("ISR")),
      ("Emirati", "demonym", g("ARE", "MED")),
      ("Saudi Arabia's King Salman", "title", p("Salman bin Abdulaziz Al Saud", "SAU", "GOV")),
      ("the late president", "title", p("Khalifa bin Zayed Al Nahyan")),
      ("the French president", "title", p("Emmanuel Macron")),
      ("Emmanuel Macron", "name", p("Emmanuel Macron", "FRA", "GOV")),
      ("he", "pronoun", p("Emmanuel Macron")), ("his", "pronoun", p("Emmanuel Macron"))]),
    ("dv2-036", "2023-03-11",
     "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within "
     "two months, in a deal brokered by China after seven years of hostility.\n\n"
     "The agreement was signed in Beijing by Ali Shamkhani, the secretary of Iran's Supreme National "
     "Security Council, and Musaed al-Aiban, the kingdom's national security adviser. Wang Yi, China's "
     "top diplomat, said the deal was a victory for dialogue.\n\n"
     "Riyadh and Tehran have backed opposite sides in Yemen's war. The Houthis, who are aligned with the "
     "Islamic Republic, said the region needed such steps. Washington said it supported any effort to "
     "end the war but doubted that Tehran would honour its commitments.",
     [("Saudi Arabia", "name", g("SAU")), ("Iran", "name", g("IRN")), ("China", "name", g("CHN")),
      ("Ali Shamkhani", "name", p("Ali Shamkhani", "IRN", "GOV")),
      ("Musaed al-Aiban", "name", p("Musaed al-Aiban", "SAU", "GOV")),
      ("Wang Yi", "name", p("Wang Yi", "CHN", "GOV")), ("China's top diplomat", "title", p("Wang Yi")),
      ("Riyadh", "metonym", g("SAU")), ("Tehran", "metonym", g("IRN")),
      ("The Houthis", "name", grp("Houthis")), ("the Islamic Republic", "description", g("IRN")),
      ("Washington", "metonym", g("USA")), ("it", "pronoun", c("USA")), ("Tehran", "metonym", g("IRN")),
      ("its", "pronoun", c("IRN"))]),
    ("dv2-037", "2023-11-23",
     "Qatar announced on Wednesday that Israel and Hamas had agreed to a four-day pause in the fighting "
     "in Gaza, during which 50 hostages would be freed in exchange for Palestinian prisoners.\n\n"
     "The emirate's prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, "
     "spent weeks shuttling between the two sides with Egyptian and American officials. The Israeli "
     "cabinet approved the deal after a six-hour meeting, and the militant group said its fighters "
     "would hold fire.\n\n"
     "Prime Minister Benjamin Netanyahu said the war would resume once the truce ended. The Qatari "
     "foreign ministry's spokesman, Majed al-Ansari, said the start time would be announced within a "
     "day.",
     [("Qatar", "name", g("QAT")), ("Israel", "name", g("ISR")), ("Hamas", "name", grp("Hamas")),
      ("Palestinian", "demonym", c("PSE")),
      ("The emirate's prime minister and foreign minister", "title", p("Mohammed bin Abdulrahman Al Thani")),
      ("Mohammed bin Abdulrahman Al Thani", "name", p("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")),
      ("Egyptian", "demonym", g("EGY")), ("American", "demonym", g("USA")),
      ("The Israeli cabinet", "institution", g("ISR")), ("the militant group", "description", grp("Hamas")),
      ("its fighters", "institution", grp("Hamas")),
      ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("The Qatari foreign ministry's spokesman", "title", g("QAT", "GOV")),
      ("Majed al-Ansari", "name", p("Majed al-Ansari", "QAT", "GOV"))]),
    ("dv2-038", "2025-04-13",
     "American and Iranian negotiators held their first talks of Donald Trump's second term in Muscat "
     "on Saturday, with Oman's foreign minister carrying messages between their rooms.\n\n"
     "Steve Witkoff, the U.S. special envoy, spoke briefly with Iran's foreign minister, Abbas "
     "Araghchi, at the end of the session. Badr Albusaidi, the Omani host, said the atmosphere had "
     "been friendly and that a second round would follow.\n\n"
     "Tehran said it would not negotiate over its missile programme. The Israeli prime minister, who "
     "wants Iran's nuclear sites dismantled, said any deal must follow the Libyan model. The sultanate "
     "has mediated between the two adversaries before.",
     [("American", "demonym", g("USA")), ("Iranian", "demonym", g("IRN")),
      ("Donald Trump", "name", p("Donald Trump", "USA", "GOV")),
      ("Oman's foreign minister", "title", p("Badr Albusaidi")),
      ("Steve Witkoff", "name", p("Steve Witkoff", "USA", "GOV")),
      ("Iran's foreign minister", "title", p("Abbas Araghchi")),
      ("Abbas Araghchi", "name", p("Abbas Araghchi", "IRN", "GOV")),
      ("Badr Albusaidi", "name", p("Badr Albusaidi", "OMN", "GOV")),
      ("Tehran", "metonym", g("IRN")), ("it", "pronoun", c("IRN")), ("its", "pronoun", c("IRN")),
      ("The Israeli prime minister", "title", p("Benjamin Netanyahu")),
      ("The sultanate", "description", g("OMN"))]),
    ("dv2-039", "2024-01-12",
     "American and British warships and jets struck more than 60 Houthi targets in Yemen overnight, "
     "after weeks of attacks by the Iran-aligned group on ships in the Red Sea.\n\n"
     "President Joe Biden said the strikes were a defensive action and that he would not hesitate to "
     "order more. Prime Minister Rishi Sunak said Britain had acted in self-defence. The Pentagon said "
     "radar sites, drone depots and missile launchers had been hit.\n\n"
     "A senior Houthi official, Mohammed al-Bukhaiti, said the movement would keep targeting vessels "
     "linked to Israel and would now treat U.S. and British interests as legitimate targets. Saudi "
     "Arabia, which is in talks with the rebels, called for restraint.",
     [("American", "demonym", g("USA", "MIL")), ("British", "demonym", g("GBR", "MIL")),
      ("Houthi", "demonym", grp("Houthis")), ("the Iran-aligned group", "description", grp("Houthis")),
      ("Joe Biden", "name", p("Joe Biden", "USA", "GOV")), ("he", "pronoun", p("Joe Biden")),
      ("Rishi Sunak", "name", p("Rishi Sunak", "GBR", "GOV")), ("Britain", "name", g("GBR")),
      ("The Pentagon", "metonym", g("USA", "MIL")),
      ("A senior Houthi official", "unnamed", grp("Houthis")),
      ("Mohammed al-Bukhaiti", "name", grp("Houthis")), ("the movement", "description", grp("Houthis")),
      ("Israel", "name", c("ISR")), ("U.S.", "demonym", c("USA")), ("British", "demonym", c("GBR")),
      ("Saudi Arabia", "name", g("SAU")), ("which", "pronoun", g("SAU")),
      ("the rebels", "description", grp("Houthis"))]),
    ("dv2-040", "2024-05-11",
     "Kuwait's emir, Sheikh Mishal al-Ahmad al-Jaber al-Sabah, dissolved parliament on Friday and "
     "suspended some articles of the constitution for up to four years, saying democracy was being "
     "abused to destroy the state.\n\n"
     "The emir, who took power in December, said he would not allow the National Assembly to obstruct "
     "the government any longer. The Gulf state has had four parliaments and several cabinets in four "
     "years.\n\n"
     "Opposition lawmakers said the move was a setback, but few protested publicly. Saudi Arabia and "
     "the United Arab Emirates said they supported the ruler's decisions.",
     [("Kuwait's emir", "title", p("Mishal Al-Ahmad Al-Jaber Al-Sabah")),
      ("Mishal al-Ahmad al-Jaber al-Sabah", "name", p("Mishal Al-Ahmad Al-Jaber Al-Sabah", "KWT", "GOV")),
      ("parliament", "description", g("KWT", "LEG")),
      ("The emir", "title", p("Mishal Al-Ahmad Al-Jaber Al-Sabah")),
      ("he", "pronoun", p("Mishal Al-Ahmad Al-Jaber Al-Sabah")),
      ("the National Assembly", "description", g("KWT", "LEG")),
      ("the government", "description", g("KWT")), ("The Gulf state", "description", g("KWT")),
      ("Opposition lawmakers", "unnamed", c("KWT")), ("Saudi Arabia", "name", g("SAU")),
      ("the United Arab Emirates", "name", g("ARE")), ("they", "pronoun", c("ARE")),
      ("the ruler", "title", p("Mishal Al-Ahmad Al-Jaber Al-Sabah"))]),
    ("dv2-041", "2025-03-14",
     "The presidents of Kyrgyzstan and Tajikistan signed a treaty on Thursday settling the last disputed "
     "sections of their border, three years after clashes there killed about 100 people.\n\n"
     "Sadyr Japarov hosted Emomali Rahmon in Bishkek for the signing. The Kyrgyz leader said the deal "
     "ended decades of mistrust, and his Tajik counterpart called it a historic day. Kyrgyz and Tajik "
     "border guards will now patrol jointly in the Fergana Valley.\n\n"
     "Uzbekistan's president, Shavkat Mirziyoyev, who brokered earlier talks, welcomed the treaty, and "
     "Moscow said it had always encouraged its two allies to settle their differences.",
     [("Kyrgyzstan", "name", c("KGZ")), ("Tajikistan", "name", c("TJK")),
      ("Sadyr Japarov", "name", p("Sadyr Japarov", "KGZ", "GOV")),
      ("Emomali Rahmon", "name", p("Emomali Rahmon", "TJK", "GOV")),
      ("The Kyrgyz leader", "title", p("Sadyr Japarov")),
      ("his Tajik counterpart", "title", p("Emomali Rahmon")),
      ("Kyrgyz", "demonym", g("KGZ", "COP")), ("Tajik", "demonym", g("TJK", "COP")),
      ("Uzbekistan's president", "title", p("Shavkat Mirziyoyev")),
      ("Shavkat Mirziyoyev", "name", p("Shavkat Mirziyoyev", "UZB", "GOV")),
      ("Moscow", "metonym", g("RUS")), ("it", "pronoun", c("RUS")), ("its", "pronoun", c("RUS"))]),
    ("dv2-042", "2022-01-07",
     "Troops from a Russian-led military alliance began arriving in Kazakhstan on Thursday after "
     "President Kassym-Jomart Tokayev asked for help to put down the worst unrest since independence.\n\n"
     "The Collective Security Treaty Organization said it was sending about 2,500 soldiers, most of "
     "them Russian paratroopers, to guard strategic sites. Tokayev said the protests over fuel prices "
     "had been hijacked by foreign-trained terrorists and ordered security forces to shoot without "
     "warning.\n\n"
     "He also removed his predecessor, Nursultan Nazarbayev, as head of the security council. The "
     "81-year-old had ruled the country for three decades. The U.S. secretary of state, Antony Blinken, "
     "questioned why Almaty needed outside troops.",
     [("Russian", "demonym", c("RUS")),
      ("Kassym-Jomart Tokayev", "name", p("Kassym-Jomart Tokayev", "KAZ", "GOV")),
      ("The Collective Security Treaty Organization", "name", i("CSTO")), ("it", "pronoun", i("CSTO")),
      ("Russian", "demonym", g("RUS", "MIL")), ("Tokayev", "surname", p("Kassym-Jomart Tokayev")),
      ("He", "pronoun", p("Kassym-Jomart Tokayev")),
      ("his predecessor", "title", p("Nursultan Nazarbayev")),
      ("Nursultan Nazarbayev", "name", p("Nursultan Nazarbayev", "KAZ")),
      ("The 81-year-old", "title", p("Nursultan Nazarbayev")),
      ("The U.S. secretary of state", "title", p("Antony Blinken")),
      ("Antony Blinken", "name", p("Antony Blinken", "USA", "GOV"))]),
    ("dv2-043", "2025-10-20",
     "Colonel Michael Randrianirina, who seized power in Madagascar last week, named a businessman as "
     "prime minister on Monday and promised elections within two years.\n\n"
     "The officer led an elite army unit that joined youth protests over water and power cuts. Andry "
     "Rajoelina, the ousted president, fled the country on a French military plane and says he is "
     "still the legitimate leader. The High Constitutional Court invited the colonel to take office, "
     "a decision that Rajoelina's camp called illegal.\n\n"
     "The African Union suspended the island nation, and the Southern African Development Community "
     "said it would send a mission. Malagasy soldiers patrolled the capital as shops reopened.",
     [("Michael Randrianirina", "name", p("Michael Randrianirina", "MDG", "GOV")),
      ("The officer", "title", p("Michael Randrianirina")),
      ("Andry Rajoelina", "name", p("Andry Rajoelina", "MDG")),
      ("the ousted president", "title", p("Andry Rajoelina")), ("French", "demonym", g("FRA", "MIL")),
      ("he", "pronoun", p("Andry Rajoelina")),
      ("The High Constitutional Court", "description", g("MDG", "JUD")),
      ("the colonel", "title", p("Michael Randrianirina")),
      ("The African Union", "name", i("AU")), ("the island nation", "description", g("MDG")),
      ("the Southern African Development Community", "name", i("SADC")), ("it", "pronoun", i("SADC")),
      ("Malagasy", "demonym", g("MDG", "MIL"))]),
    ("dv2-044", "2021-09-06",
     "Special forces officers in Guinea said on Sunday that they had captured President Alpha Conde and "
     "dissolved the government, hours after heavy gunfire near the presidential palace in Conakry.\n\n"
     "Their commander, Lieutenant Colonel Mamady Doumbouya, appeared on state television wrapped in the "
     "national flag and said the army had acted because of poverty and corruption. A video showed the "
     "83-year-old leader sitting on a sofa, surrounded by soldiers.\n\n"
     "ECOWAS demanded his release, and the UN secretary-general, Antonio Guterres, condemned any "
     "takeover by force. Conde had changed the constitution last year to run for a third term.",
     [("Alpha Conde", "name", p("Alpha Conde", "GIN")),
      ("Their commander", "title", p("Mamady Doumbouya")),
      ("Mamady Doumbouya", "name", p("Mamady Doumbouya", "GIN")),
      ("the army", "description", g("GIN", "MIL")), ("the 83-year-old leader", "title", p("Alpha Conde")),
      ("ECOWAS", "name", i("ECOWAS")), ("his", "pronoun", p("Alpha Conde")),
      ("the UN secretary-general", "title", p("Antonio Guterres")),
      ("Antonio Guterres", "name", io("Antonio Guterres", "UN")), ("Conde", "surname", p("Alpha Conde"))]),
    ("dv2-045", "2024-05-21",
     "Iran's supreme leader, Ayatollah Ali Khamenei, named Mohammad Mokhber as acting president on "
     "Monday, after President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed "
     "in a helicopter crash in the mountains of the northwest.\n\n"
     "Khamenei declared five days of mourning and said the work of the state would not be disrupted. "
     "Ali Bagheri Kani, the chief nuclear negotiator, was appointed acting foreign minister. An "
     "election must be held within 50 days.\n\n"
     "Russia and China sent condolences, and the UN Security Council held a minute of silence, which "
     "Washington criticised. The European Union's foreign policy chief, Josep Borrell, said the bloc "
     "offered its sympathy.",
     [("Iran's supreme leader", "title", p("Ali Khamenei")),
      ("Ali Khamenei", "name", p("Ali Khamenei", "IRN", "GOV")),
      ("Mohammad Mokhber", "name", p("Mohammad Mokhber", "IRN", "GOV")),
      ("Ebrahim Raisi", "name", p("Ebrahim Raisi", "IRN")),
      ("Hossein Amir-Abdollahian", "name", p("Hossein Amir-Abdollahian", "IRN")),
      ("Khamenei", "surname", p("Ali Khamenei")),
      ("Ali Bagheri Kani", "name", p("Ali Bagheri Kani", "IRN", "GOV")),
      ("Russia", "name", g("RUS")), ("China", "name", g("CHN")),
      ("the UN Security Council", "name", i("UNSC")), ("Washington", "metonym", g("USA")),
      ("The European Union", "name", i("EU")), ("Josep Borrell", "name", io("Josep Borrell", "EU")),
      ("the bloc", "description", i("EU")), ("its", "pronoun", i("EU"))]),
    ("dv2-046", "2025-03-14",
     "Syria's interim president, Ahmed al-Sharaa, signed a temporary constitution on Thursday that keeps "
     "Islamic law as the main source of legislation and sets a five-year transition.\n\n"
     "The former rebel commander, whose Islamist group led the offensive that toppled Bashar al-Assad in "
     "December, said the text would open a new chapter. Days earlier he had agreed with Mazloum Abdi, "
     "the commander of the Kurdish-led Syrian Democratic Forces, to merge the group's institutions into "
     "the state.\n\n"
     "The Kurdish administration in the northeast rejected the constitution, saying it ignored the "
     "country's diversity. Turkey, which regards the SDF as terrorists, said Damascus must keep its "
     "promises.",
     [("Syria's interim president", "title", p("Ahmed al-Sharaa")),
      ("Ahmed al-Sharaa", "name", p("Ahmed al-Sharaa", "SYR", "GOV")),
      ("The former rebel commander", "title", p("Ahmed al-Sharaa")),
      ("Bashar al-Assad", "name", p("Bashar al-Assad", "SYR")), ("he", "pronoun", p("Ahmed al-Sharaa")),
      ("Mazloum Abdi", "name", p("Mazloum Abdi")),
      ("Syrian Democratic Forces", "name", grp("Syrian Democratic Forces")),
      ("Turkey", "name", g("TUR")), ("which", "pronoun", g("TUR")),
      ("SDF", "name", grp("Syrian Democratic Forces")), ("Damascus", "metonym", g("SYR")),
      ("its", "pronoun", c("SYR"))]),
    ("dv2-047", "2023-12-08",
     "Recep Tayyip Erdogan made his first visit to Athens in six years on Thursday, and he and Greek "
     "Prime Minister Kyriakos Mitsotakis signed a declaration promising to settle disputes through "
     "dialogue.\n\n"
     "The Turkish president said there was no problem between the neighbours that could not be solved. "
     "His Greek host said the two countries would still disagree over maritime borders but would talk "
     "rather than threaten each other.\n\n"
     "Ankara and Athens nearly came to blows over gas exploration in 2020. The Greek foreign minister, "
     "Giorgos Gerapetritis, said trade and tourism would come first, and his Turkish counterpart, "
     "Hakan Fidan, said a road map for talks on the sea would follow.",
     [("Recep Tayyip Erdogan", "name", p("Recep Tayyip Erdogan", "TUR", "GOV")),
      ("he", "pronoun", p("Recep Tayyip Erdogan")),
      ("Kyriakos Mitsotakis", "name", p("Kyriakos Mitsotakis", "GRC", "GOV")),
      ("The Turkish president", "title", p("Recep Tayyip Erdogan")),
      ("His Greek host", "title", p("Kyriakos Mitsotakis")),
      ("Ankara", "metonym", g("TUR")), ("Athens", "metonym", g("GRC")),
      ("The Greek foreign minister", "title", p("Giorgos Gerapetritis")),
      ("Giorgos Gerapetritis", "name", p("Giorgos Gerapetritis", "GRC", "GOV")),
      ("his Turkish counterpart", "title", p("Hakan Fidan")),
      ("Hakan Fidan", "name", p("Hakan Fidan", "TUR", "GOV"))]),
    ("dv2-048", "2024-11-29",
     "Georgian police used water cannon and pepper spray on Thursday night against thousands of people "
     "protesting the government's decision to suspend talks on joining the European Union until 2028.\n\n"
     "Prime Minister Irakli Kobakhidze said the bloc had used the talks to blackmail Georgia. President "
     "Salome Zourabichvili, whose powers are largely ceremonial, said she stood with the protesters and "
     "would not leave office when her term ends next month.\n\n"
     "The ruling Georgian Dream party, founded by the billionaire Bidzina Ivanishvili, says it wants to "
     "keep the country out of the war in Ukraine. The interior ministry said 43 people had been "
     "detained. Brussels said it regretted the decision.",
     [("Georgian", "demonym", g("GEO", "COP")), ("the government", "description", g("GEO")),
      ("the European Union", "name", i("EU")),
      ("Irakli Kobakhidze", "name", p("Irakli Kobakhidze", "GEO", "GOV")),
      ("the bloc", "description", i("EU")), ("Georgia", "name", g("GEO")),
      ("Salome Zourabichvili", "name", p("Salome Zourabichvili", "GEO", "GOV")),
      ("she", "pronoun", p("Salome Zourabichvili")), ("her", "pronoun", p("Salome Zourabichvili")),
      ("Georgian Dream", "name", g("GEO", "PTY")),
      ("Bidzina Ivanishvili", "name", p("Bidzina Ivanishvili", "GEO")),
      ("it", "pronoun", g("GEO", "PTY")), ("The interior ministry", "description", g("GEO")),
      ("Brussels", "metonym", i("EU")), ("it", "pronoun", i("EU"))]),
    ("dv2-049", "2024-11-04",
     "Maia Sandu won a second term as Moldova's president on Sunday, beating a Russia-friendly former "
     "prosecutor general, Alexandr Stoianoglo, in a run-off marked by claims of vote buying.\n\n"
     "Sandu said Moldovans had given a lesson in democracy despite what she called an unprecedented "
     "attack by criminal groups acting with foreign help. Police said they had uncovered a scheme to "
     "pay voters that was run from Moscow by a fugitive businessman.\n\n"
     "Stoianoglo conceded but said the president would govern for only half the country. The Kremlin "
     "said the vote was neither free nor fair. The European Commission's president, Ursula von der "
     "Leyen, congratulated Sandu.",
     [("Maia Sandu", "name", p("Maia Sandu", "MDA", "GOV")),
      ("Alexandr Stoianoglo", "name", p("Alexandr Stoianoglo", "MDA")),
      ("Sandu", "surname", p("Maia Sandu")), ("she", "pronoun", p("Maia Sandu")),
      ("Police", "description", g("MDA", "COP")), ("they", "pronoun", g("MDA", "COP")),
      ("Stoianoglo", "surname", p("Alexandr Stoianoglo")),
      ("the president", "title", p("Maia Sandu")), ("The Kremlin", "metonym", g("RUS")),
      ("The European Commission's president", "title", p("Ursula von der Leyen")),
      ("Ursula von der Leyen", "name", io("Ursula von der Leyen", "EU")),
      ("Sandu", "surname", p("Maia Sandu"))]),
    ("dv2-050", "2024-11-27",
     "A ceasefire between Israel and Hezbollah took effect on Wednesday morning after more than a year of "
     "fighting that displaced over a million people in Lebanon.\n\n"
     "Under the deal, brokered by the U.S. envoy Amos Hochstein, the Lebanese army will deploy in the "
     "south and the Iran-backed group must withdraw north of the Litani river within 60 days. Lebanon's "
     "caretaker prime minister, Najib Mikati, said his government would honour its obligations.\n\n"
     "Benjamin Netanyahu warned that Israel would strike if the militia rearmed. Naim Qassem, who took "
     "over as Hezbollah's leader after Hassan Nasrallah was killed in September, said his fighters had "
     "prevented the enemy from reaching its goals.",
     [("Israel", "name", g("ISR")), ("Hezbollah", "name", grp("Hezbollah")),
      ("Amos Hochstein", "name", p("Amos Hochstein", "USA", "GOV")),
      ("the Lebanese army", "institution", g("LBN", "MIL")),
      ("the Iran-backed group", "description", grp("Hezbollah")),
      ("Lebanon's caretaker prime minister", "title", p("Najib Mikati")),
      ("Najib Mikati", "name", p("Najib Mikati", "LBN", "GOV")), ("his government", "institution", g("LBN")),
      ("its", "pronoun", c("LBN")), ("Benjamin Netanyahu", "name", p("Benjamin Netanyahu", "ISR", "GOV")),
      ("Israel", "name", g("ISR")), ("the militia", "description", grp("Hezbollah")),
      ("Naim Qassem", "name", p("Naim Qassem")), ("Hezbollah's leader", "title", p("Naim Qassem")),
      ("Hassan Nasrallah", "name", p("Hassan Nasrallah")), ("his fighters", "institution", grp("Hezbollah"))]),
    ("dv2-051", "2024-12-26",
     "Pakistani jets struck suspected hideouts of the Pakistani Taliban in Afghanistan's Paktika province "
     "on Tuesday night, killing dozens of people, according to local officials.\n\n"
     "The Taliban government's spokesman, Zabihullah Mujahid, said most of the dead were refugees from "
     "Waziristan and that Kabul would retaliate. Islamabad did not confirm the strikes but said it would "
     "act against militants wherever they were.\n\n"
     "Pakistan's foreign ministry accused the Afghan authorities of sheltering the group, known as the "
     "TTP, which has killed hundreds of soldiers this year. The UN mission in Afghanistan said it had "
     "received reports of civilian deaths.",
     [("Pakistani", "demonym", g("PAK", "MIL")),
      ("the Pakistani Taliban", "name", grp("Tehrik-i-Taliban Pakistan")),
      ("Afghanistan", "name", c("AFG")), ("local officials", "unnamed", g("AFG")),
      ("The Taliban government's spokesman", "title", p("Zabihullah Mujahid")),
      ("Zabihullah Mujahid", "name", p("Zabihullah Mujahid", "AFG", "GOV")),
      ("Kabul", "metonym", g("AFG")), ("Islamabad", "metonym", g("PAK")), ("it", "pronoun", c("PAK")),
      ("Pakistan's foreign ministry", "institution", g("PAK")),
      ("the Afghan authorities", "institution", g("AFG")),
      ("the group", "description", grp("Tehrik-i-Taliban Pakistan")),
      ("TTP", "name", grp("Tehrik-i-Taliban Pakistan")),
      ("The UN mission in Afghanistan", "institution", i("UN")), ("it", "pronoun", i("UN"))]),
    ("dv2-052", "2024-02-08",
     "A U.S. drone strike in Baghdad on Wednesday killed a senior commander of Kataib Hezbollah, the "
     "Iran-backed militia that Washington blames for a drone attack in Jordan that killed three American "
     "soldiers.\n\n"
     "The Iraqi prime minister, Mohammed Shia al-Sudani, whose government depends on the support of "
     "Shiite factions, called the strike a blatant assault on Iraqi sovereignty. His military spokesman "
     "said the U.S.-led coalition had become a factor of instability.\n\n"
     "The militia had announced last week that it was suspending attacks on U.S. forces to avoid "
     "embarrassing the government. Baghdad has asked for the coalition to leave, and talks on a "
     "timetable began last month.",
     [("U.S.", "demonym", g("USA", "MIL")), ("Kataib Hezbollah", "name", grp("Kataib Hezbollah")),
      ("the Iran-backed militia", "description", grp("Kataib Hezbollah")),
      ("Washington", "metonym", g("USA")), ("American", "demonym", g("USA", "MIL")),
      ("The Iraqi prime minister", "title", p("Mohammed Shia al-Sudani")),
      ("Mohammed Shia al-Sudani", "name", p("Mohammed Shia al-Sudani", "IRQ", "GOV")),
      ("whose government", "institution", g("IRQ")),
      ("His military spokesman", "title", g("IRQ", "MIL")),
      ("The militia", "description", grp("Kataib Hezbollah")), ("it", "pronoun", grp("Kataib Hezbollah")),
      ("U.S.", "demonym", g("USA", "MIL")), ("the government", "description", g("IRQ")),
      ("Baghdad", "metonym", g("IRQ"))]),
    ("dv2-053", "2021-08-25",
     "Algeria cut diplomatic relations with Morocco on Tuesday, accusing its western neighbour of "
     "hostile acts including support for a separatist movement in the Kabylie region.\n\n"
     "Foreign Minister Ramtane Lamamra read the decision at a news conference in Algiers. Rabat called "
     "the move completely unjustified and said it rejected the pretexts on which it was based.\n\n"
     "The two countries have been at odds for decades over Western Sahara, where Algeria backs the "
     "Polisario Front. The kingdom normalised ties with Israel last year in return for U.S. recognition "
     "of its sovereignty over the territory, and King Mohammed VI has offered talks, which Algiers "
     "has ignored.",
     [("Algeria", "name", g("DZA")), ("Morocco", "name", g("MAR")), ("its", "pronoun", c("DZA")),
      ("Ramtane Lamamra", "name", p("Ramtane Lamamra", "DZA", "GOV")), ("Rabat", "metonym", g("MAR")),
      ("it", "pronoun", c("MAR")), ("Algeria", "name", g("DZA")),
      ("the Polisario Front", "name", grp("Polisario Front")), ("The kingdom", "description", g("MAR")),
      ("Israel", "name", c("ISR")), ("U.S.", "demonym", c("USA")), ("its", "pronoun", c("MAR")),
      ("Mohammed VI", "name", p("Mohammed VI", "MAR", "GOV")), ("Algiers", "metonym", g("DZA"))]),
    ("dv2-054", "2025-05-15",
     "Heavy fighting broke out in Tripoli on Monday night after a powerful militia commander was killed, "
     "and Prime Minister Abdul Hamid Dbeibah said his government had ended the rule of armed groups in "
     "the capital.\n\n"
     "Dbeibah, who heads the UN-recognised Government of National Unity, ordered the dissolution of a "
     "rival force, the Radaa, which controls the airport. The militia refused and its fighters clashed "
     "with units loyal to the government.\n\n"
     "In the east, Khalifa Haftar, whose forces control most of the country's oil fields, said he was "
     "watching closely. The UN mission in Libya called for an immediate truce and said it was alarmed "
     "by the shelling of residential areas.",
     [("Abdul Hamid Dbeibah", "name", p("Abdul Hamid Dbeibah", "LBY", "GOV")),
      ("his government", "institution", g("LBY")), ("Dbeibah", "surname", p("Abdul Hamid Dbeibah")),
      ("Government of National Unity", "name", g("LBY")),
      ("the Radaa", "name", {"name": "Radaa", "sector": "REB"}),
      ("The militia", "description", {"name": "Radaa", "sector": "REB"}),
      ("its fighters", "institution", {"name": "Radaa", "sector": "REB"}),
      ("the government", "description", g("LBY")), ("Khalifa Haftar", "name", p("Khalifa Haftar", "LBY")),
      ("he", "pronoun", p("Khalifa Haftar")), ("The UN mission in Libya", "institution", i("UN")),
      ("it", "pronoun", i("UN"))]),
    ("dv2-055", "2025-09-13",
     "Sushila Karki, a former chief justice, was sworn in as Nepal's interim prime minister on Friday, "
     "the first woman to hold the post, after youth-led protests forced KP Sharma Oli to resign.\n\n"
     "President Ramchandra Paudel appointed her after talks with the army chief and protest leaders, "
     "and dissolved parliament. She will hold elections in March. More than 70 people were killed "
     "when police fired on crowds and protesters set fire to parliament.\n\n"
     "Oli, who had banned most social media platforms days before, said he had stepped down to allow a "
     "solution. India's prime minister, Narendra Modi, said New Delhi stood with the Nepali people.",
     [("Sushila Karki", "name", p("Sushila Karki", "NPL", "GOV")),
      ("KP Sharma Oli", "name", p("KP Sharma Oli", "NPL")),
      ("Ramchandra Paudel", "name", p("Ramchandra Paudel", "NPL", "GOV")),
      ("her", "pronoun", p("Sushila Karki")), ("the army chief", "title", g("NPL", "MIL")),
      ("parliament", "description", g("NPL", "LEG")), ("She", "pronoun", p("Sushila Karki")),
      ("police", "description", g("NPL", "COP")), ("Oli", "surname", p("KP Sharma Oli")),
      ("he", "pronoun", p("KP Sharma Oli")), ("India's prime minister", "title", p("Narendra Modi")),
      ("Narendra Modi", "name", p("Narendra Modi", "IND", "GOV")), ("New Delhi", "metonym", g("IND"))]),
    ("dv2-056", "2025-08-09",
     "The leaders of Armenia and Azerbaijan signed a peace declaration at the White House on Friday, "
     "with Donald Trump hailing an end to a conflict that has lasted more than three decades.\n\n"
     "Ilham Aliyev and Nikol Pashinyan agreed to open a transit route across southern Armenia that "
     "will be developed by American companies. The Azerbaijani president said the region would now "
     "have peace, and his Armenian counterpart called the deal a breakthrough.\n\n"
     "Iran, which borders the route, warned that it would not accept changes to the region's borders. "
     "Moscow, Yerevan's traditional ally, was not involved, and the Russian foreign ministry said "
     "regional problems should be solved by the countries of the region.",
     [("Armenia", "name", c("ARM")), ("Azerbaijan", "name", c("AZE")),
      ("Donald Trump", "name", p("Donald Trump", "USA", "GOV")),
      ("Ilham Aliyev", "name", p("Ilham Aliyev", "AZE", "GOV")),
      ("Nikol Pashinyan", "name", p("Nikol Pashinyan", "ARM", "GOV")),
      ("The Azerbaijani president", "title", p("Ilham Aliyev")),
      ("his Armenian counterpart", "title", p("Nikol Pashinyan")), ("Iran", "name", g("IRN")),
      ("which", "pronoun", c("IRN")), ("it", "pronoun", c("IRN")), ("Moscow", "metonym", g("RUS")),
      ("Yerevan", "metonym", g("ARM")), ("the Russian foreign ministry", "institution", g("RUS"))]),
    ("dv2-057", "2024-01-12",
     "Israel's legal team told the International Court of Justice on Friday that South Africa's genocide "
     "case was a distortion of reality, on the second day of hearings in The Hague.\n\n"
     "Tal Becker, a legal adviser at Israel's foreign ministry, said the country was defending itself "
     "after the attack by Hamas. Pretoria had asked the judges to order an immediate halt to the "
     "military campaign in Gaza.\n\n"
     "South Africa's foreign minister, Naledi Pandor, said she hoped the court would act quickly. The "
     "court's president, Joan Donoghue, said a ruling on provisional measures would come as soon as "
     "possible.",
     [("Israel's legal team", "institution", g("ISR")),
      ("the International Court of Justice", "name", i("ICJ")), ("South Africa", "name", g("ZAF")),
      ("Tal Becker", "appositive", g("ISR", "GOV")), ("Israel's foreign ministry", "institution", g("ISR")),
      ("the country", "description", g("ISR")), ("Hamas", "name", grp("Hamas")),
      ("Pretoria", "metonym", g("ZAF")), ("the judges", "description", i("ICJ")),
      ("South Africa's foreign minister", "title", p("Naledi Pandor")),
      ("Naledi Pandor", "name", p("Naledi Pandor", "ZAF", "GOV")), ("she", "pronoun", p("Naledi Pandor")),
      ("the court", "description", i("ICJ")), ("The court's president", "title", p("Joan Donoghue")),
      ("Joan Donoghue", "name", io("Joan Donoghue", "ICJ"))]),
    ("dv2-058", "2023-08-24",
     "Leaders of the BRICS group agreed on Thursday to invite six more countries to join, including "
     "Saudi Arabia, Iran and the United Arab Emirates, at a summit hosted by South Africa in "
     "Johannesburg.\n\n"
     "President Cyril Ramaphosa announced the expansion alongside Xi Jinping, Lula and India's Narendra "
     "Modi. Vladimir Putin, who faces an arrest warrant from the International Criminal Court, took part "
     "by video, and Russia was represented in person by its foreign minister, Sergei Lavrov.\n\n"
     "Analysts said the enlarged bloc would give Beijing more weight in the developing world. Argentina, "
     "another invitee, later declined after Javier Milei won its presidential election.",
     [("BRICS", "name", i("BRICS")), ("Saudi Arabia", "name", c("SAU")), ("Iran", "name", c("IRN")),
      ("the United Arab Emirates", "name", c("ARE")), ("South Africa", "name", g("ZAF")),
      ("Cyril Ramaphosa", "name", p("Cyril Ramaphosa", "ZAF", "GOV")),
      ("Xi Jinping", "name", p("Xi Jinping", "CHN", "GOV")),
      ("Lula", "surname", p("Luiz Inacio Lula da Silva", "BRA", "GOV")),
      ("Narendra Modi", "name", p("Narendra Modi", "IND", "GOV")),
      ("Vladimir Putin", "name", p("Vladimir Putin", "RUS", "GOV")),
      ("the International Criminal Court", "name", i("ICC")), ("Russia", "name", g("RUS")),
      ("its foreign minister", "title", p("Sergei Lavrov")),
      ("Sergei Lavrov", "name", p("Sergei Lavrov", "RUS", "GOV")),
      ("the enlarged bloc", "description", i("BRICS")), ("Beijing", "metonym", g("CHN")),
      ("Argentina", "name", g("ARG")), ("Javier Milei", "name", p("Javier Milei", "ARG")),
      ("its", "pronoun", c("ARG"))]),
    ("dv2-059", "2025-01-13",
     "Zoran Milanovic won a second term as Croatia's president on Sunday, defeating the ruling party's "
     "candidate, Dragan Primorac, in a run-off by a wide margin.\n\n"
     "The outspoken left-winger, a former prime minister, has often clashed with his successor in that "
     "job, Andrej Plenkovic, over military aid to Ukraine. He said voters had sent a message to the "
     "government.\n\n"
     "Plenkovic congratulated him and said his cabinet would keep working with the presidency. "
     "Primorac, a forensic scientist, said he accepted the result. NATO's secretary-general, Mark Rutte, "
     "said he counted on Zagreb to remain a reliable ally.",
     [("Zoran Milanovic", "name", p("Zoran Milanovic", "HRV", "GOV")),
      ("the ruling party", "description", g("HRV", "PTY")),
      ("Dragan Primorac", "name", p("Dragan Primorac", "HRV")),
      ("The outspoken left-winger", "title", p("Zoran Milanovic")),
      ("his", "pronoun", p("Zoran Milanovic")),
      ("Andrej Plenkovic", "name", p("Andrej Plenkovic", "HRV", "GOV")), ("Ukraine", "name", c("UKR")),
      ("He", "pronoun", p("Zoran Milanovic")), ("the government", "description", g("HRV")),
      ("Plenkovic", "surname", p("Andrej Plenkovic")), ("him", "pronoun", p("Zoran Milanovic")),
      ("his cabinet", "institution", g("HRV")), ("Primorac", "surname", p("Dragan Primorac")),
      ("he", "pronoun", p("Dragan Primorac")), ("NATO", "name", i("NATO")),
      ("Mark Rutte", "name", io("Mark Rutte", "NATO")), ("he", "pronoun", p("Mark Rutte")),
      ("Zagreb", "metonym", g("HRV"))]),
    ("dv2-060", "2023-10-27",
     "The UN General Assembly adopted a resolution on Friday calling for a humanitarian truce in Gaza, "
     "with 120 countries voting in favour, including France, and 14 against.\n\n"
     "Jordan, which drafted the text on behalf of Arab states, said the vote showed that the world "
     "wanted the killing to stop. Its foreign minister, Ayman Safadi, told the assembly that Israel "
     "could not be allowed to act above the law.\n\n"
     "Israel's ambassador, Gilad Erdan, called the resolution infamous because it did not name Hamas. "
     "Canada's proposed amendment condemning the militants failed to reach a two-thirds majority, and "
     "Ottawa abstained on the final text.",
     [("The UN General Assembly", "name", i("UN")), ("France", "name", g("FRA")),
      ("Jordan", "name", g("JOR")), ("which", "pronoun", g("JOR")), ("Its foreign minister", "title", p("Ayman Safadi")),
      ("Ayman Safadi", "name", p("Ayman Safadi", "JOR", "GOV")), ("the assembly", "description", i("UN")),
      ("Israel", "name", g("ISR")), ("Israel's ambassador", "title", p("Gilad Erdan")),
      ("Gilad Erdan", "name", p("Gilad Erdan", "ISR", "GOV")), ("Hamas", "name", grp("Hamas")),
      ("Canada", "name", g("CAN")), ("the militants", "description", grp("Hamas")),
      ("Ottawa", "metonym", g("CAN"))]),
    ("dv2-061", "2024-09-30",
     "Chinese and Philippine vessels collided near Sabina Shoal on Saturday, the latest in a series of "
     "confrontations in the South China Sea, and each side blamed the other.\n\n"
     "The China Coast Guard said a Philippine ship had deliberately rammed one of its cutters. The "
     "Philippine national security adviser, Eduardo Ano, said the Chinese had acted aggressively and "
     "that Manila would not abandon the shoal.\n\n"
     "The U.S. ambassador in Manila, MaryKay Carlson, said Washington stood with its ally, and Japan's "
     "foreign ministry expressed concern. Beijing said outside powers should stay out of the dispute.",
     [("Chinese", "demonym", c("CHN")), ("Philippine", "demonym", c("PHL")),
      ("The China Coast Guard", "name", g("CHN", "MIL")), ("Philippine", "demonym", c("PHL")),
      ("its", "pronoun", g("CHN", "MIL")),
      ("The Philippine national security adviser", "title", p("Eduardo Ano")),
      ("Eduardo Ano", "name", p("Eduardo Ano", "PHL", "GOV")), ("the Chinese", "demonym", c("CHN")),
      ("Manila", "metonym", g("PHL")), ("The U.S. ambassador in Manila", "title", g("USA")),
      ("MaryKay Carlson", "name", p("MaryKay Carlson", "USA", "GOV")),
      ("Washington", "metonym", g("USA")), ("its", "pronoun", c("USA")),
      ("Japan's foreign ministry", "institution", g("JPN")), ("Beijing", "metonym", g("CHN"))]),
    ("dv2-062", "2024-03-05",
     "Shehbaz Sharif was sworn in as Pakistan's prime minister for a second time on Monday, after the "
     "National Assembly elected him with the backing of a coalition that kept Imran Khan's party out of "
     "power.\n\n"
     "Independent candidates loyal to Khan, who is serving several prison sentences, won the most seats "
     "in last month's election but could not form a majority. They walked out of the chamber, shouting "
     "that the vote had been stolen. The jailed former prime minister has said the army rigged the "
     "count.\n\n"
     "Sharif, the younger brother of three-time prime minister Nawaz Sharif, promised to fix the "
     "economy. His first task will be a new loan from the IMF, which has asked Islamabad to raise taxes.",
     [("Shehbaz Sharif", "name", p("Shehbaz Sharif", "PAK", "GOV")),
      ("the National Assembly", "description", g("PAK", "LEG")), ("him", "pronoun", p("Shehbaz Sharif")),
      ("Imran Khan", "name", p("Imran Khan", "PAK")), ("Khan", "surname", p("Imran Khan")),
      ("The jailed former prime minister", "title", p("Imran Khan")),
      ("the army", "description", g("PAK", "MIL")), ("Sharif", "surname", p("Shehbaz Sharif")),
      ("Nawaz Sharif", "name", p("Nawaz Sharif", "PAK")), ("His", "pronoun", p("Shehbaz Sharif")),
      ("the IMF", "name", i("IMF")), ("which", "pronoun", i("IMF")), ("Islamabad", "metonym", g("PAK"))]),
    ("dv2-063", "2024-07-08",
     "The military leaders of Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday creating "
     "a confederation, a day before ECOWAS held its own summit in Abuja.\n\n"
     "General Abdourahamane Tchiani, Niger's leader, told his guests that their peoples had turned their "
     "backs on the regional bloc for good. Ousmane Ba, a researcher at the Timbuktu Institute in Dakar, "
     "said the three juntas had little to show for their break with Paris beyond Russian instructors. Ba "
     "added that attacks by jihadists had risen since the French left.\n\n"
     "A Burkinabe minister said the confederation would soon have a common passport and a joint force of "
     "5,000 troops. Claire Morel, a former French ambassador to the region, said the treaty mattered less "
     "than the money the three governments owed to regional banks.",
     [("ECOWAS", "name", i("ECOWAS")), ("its", "pronoun", i("ECOWAS")),
      ("Abdourahamane Tchiani", "name", p("Abdourahamane Tchiani", "NER", "GOV")),
      ("Niger's leader", "title", p("Abdourahamane Tchiani")), ("his", "pronoun", p("Abdourahamane Tchiani")),
      ("the regional bloc", "description", i("ECOWAS")),
      ("Ousmane Ba", "appositive", {"country": "SEN", "sector": "NGO"}), ("Paris", "metonym", g("FRA")),
      ("Russian", "demonym", g("RUS", "MIL")), ("Ba", "surname", {"country": "SEN", "sector": "NGO"}),
      ("the French", "demonym", c("FRA")), ("A Burkinabe minister", "unnamed", g("BFA")),
      ("Claire Morel", "appositive", c("FRA"))]),
    ("dv2-064", "2025-06-05",
     "Tensions between Ethiopia and Eritrea have risen sharply this year, with Asmara accusing its "
     "neighbour of planning a war to seize a Red Sea port.\n\n"
     "Prime Minister Abiy Ahmed told parliament on Tuesday that Ethiopia had no intention of invading, but "
     "he repeated that access to the sea was an existential question. Eritrea's information minister, "
     "Yemane Gebremeskel, said the remarks were a thinly veiled threat. President Isaias Afwerki, who has "
     "ruled since independence in 1993, has not spoken publicly.\n\n"
     "Hanna Tesfaye, an analyst at the Horn Policy Forum in Nairobi, said neither government could afford "
     "another war. Tesfaye said rival Tigrayan factions could be drawn in on either side. A Western "
     "diplomat in Addis Ababa said quiet mediation by Saudi Arabia had so far kept both sides talking.",
     [("Ethiopia", "name", c("ETH")), ("Eritrea", "name", c("ERI")), ("Asmara", "metonym", g("ERI")),
      ("its", "pronoun", c("ERI")), ("Abiy Ahmed", "name", p("Abiy Ahmed", "ETH", "GOV")),
      ("parliament", "description", g("ETH", "LEG")), ("Ethiopia", "name", g("ETH")),
      ("he", "pronoun", p("Abiy Ahmed")), ("Eritrea's information minister", "title", p("Yemane Gebremeskel")),
      ("Yemane Gebremeskel", "name", p("Yemane Gebremeskel", "ERI", "GOV")),
      ("Isaias Afwerki", "name", p("Isaias Afwerki", "ERI", "GOV")),
      ("Hanna Tesfaye", "appositive", {"country": "KEN", "sector": "NGO"}),
      ("Tesfaye", "surname", {"country": "KEN", "sector": "NGO"}),
      ("A Western diplomat", "unnamed", {"sector": "GOV"}), ("Saudi Arabia", "name", g("SAU"))]),
    ("dv2-065", "2024-10-08",
     "Supporters of former president Evo Morales have blocked highways across Bolivia for three weeks, "
     "demanding that prosecutors drop an investigation into him and that he be allowed to run again.\n\n"
     "President Luis Arce, once Morales's finance minister and chosen successor, accused his former mentor "
     "of trying to starve the country into submission. The two men, who lead rival wings of the ruling "
     "Movement for Socialism, have been feuding for more than a year.\n\n"
     "Bolivian police cleared one blockade near Cochabamba on Monday. Morales, 65, said the government was "
     "planning to arrest him. Gabriela Montano, a political scientist at the Higher University of San "
     "Andres in La Paz, said the split had left the left without a candidate for next year's election. "
     "The interior minister, Eduardo del Castillo, said officers were acting within the law.",
     [("Evo Morales", "name", p("Evo Morales", "BOL")), ("prosecutors", "description", g("BOL", "JUD")),
      ("him", "pronoun", p("Evo Morales")), ("he", "pronoun", p("Evo Morales")),
      ("Luis Arce", "name", p("Luis Arce", "BOL", "GOV")), ("Morales", "surname", p("Evo Morales")),
      ("his former mentor", "title", p("Evo Morales")),
      ("Movement for Socialism", "name", g("BOL", "PTY")),
      ("Bolivian police", "institution", g("BOL", "COP")), ("Morales", "surname", p("Evo Morales")),
      ("the government", "description", g("BOL")), ("him", "pronoun", p("Evo Morales")),
      ("Gabriela Montano", "appositive", {"country": "BOL", "sector": "EDU"}),
      ("The interior minister", "title", p("Eduardo del Castillo")),
      ("Eduardo del Castillo", "name", p("Eduardo del Castillo", "BOL", "GOV"))]),
    ("dv2-066", "2024-05-11",
     "The last Indian military personnel left the Maldives on Friday, meeting a deadline set by President "
     "Mohamed Muizzu, who won office last year on a promise to end India's military presence.\n\n"
     "The archipelago of half a million people has long been in New Delhi's sphere, but Muizzu made his "
     "first state visit to China and signed agreements with Beijing. India's external affairs ministry said "
     "civilian technicians had taken over the operation of two helicopters and a plane it had donated.\n\n"
     "Aishath Shiham, a lecturer at the Maldives National University, said Muizzu was balancing rather than "
     "choosing. The Maldivian foreign minister, Moosa Zameer, visited New Delhi this week and said ties "
     "remained strong. His predecessor in the job, Abdulla Shahid, a former UN General Assembly president, "
     "accused the government of damaging a vital friendship.",
     [("Indian", "demonym", g("IND", "MIL")), ("the Maldives", "name", c("MDV")),
      ("Mohamed Muizzu", "name", p("Mohamed Muizzu", "MDV", "GOV")), ("India", "name", c("IND")),
      ("The archipelago", "description", c("MDV")), ("New Delhi", "metonym", c("IND")),
      ("Muizzu", "surname", p("Mohamed Muizzu")), ("his", "pronoun", p("Mohamed Muizzu")),
      ("Beijing", "metonym", g("CHN")),
      ("India's external affairs ministry", "institution", g("IND")), ("it", "pronoun", c("IND")),
      ("Aishath Shiham", "appositive", {"country": "MDV", "sector": "EDU"}),
      ("Muizzu", "surname", p("Mohamed Muizzu")),
      ("The Maldivian foreign minister", "title", p("Moosa Zameer")),
      ("Moosa Zameer", "name", p("Moosa Zameer", "MDV", "GOV")),
      ("His predecessor in the job", "title", p("Abdulla Shahid")),
      ("Abdulla Shahid", "name", p("Abdulla Shahid", "MDV")), ("the government", "description", g("MDV"))]),
]  # fmt: skip


def main() -> None:
    write(build(ITEMS), OUT)


if __name__ == "__main__":
    main()
