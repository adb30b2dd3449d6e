#!/usr/bin/env python3
"""Generates the demo seed set under src/main/resources/demo (five NDJSON files) from the taxonomy copies.

    python3 tools/generate-demo-data.py          (from the repository root, or from anywhere)

Reads only src/main/resources/taxonomy and src/main/resources/geo. Every concept the tables below name is
looked up there (occupations by id, skills by label within the occupation's SSYK-4 group, languages,
driving licences and occupation fields by label, municipalities by code); a name that is not found stops the
script. Output is deterministic: one fixed random seed, no clock, fixed key order, so reruns give
byte-identical files.

What is fictional: every person, every company name (municipalities, Region Skåne, the non-profits and the
education providers are real names used as plausible employers), every address and number. Personal
identity numbers and organisation numbers are built so that their last (Luhn check) digit is wrong: they
have the right shape but cannot belong to a real person or organisation. E-mail addresses use
example.com, phone numbers the 070-000 00 NN range.
"""
import csv
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "src/main/resources"
OUT = RESOURCES / "demo"
SEED = 20261122
TODAY = dt.date(2026, 11, 22)

# --------------------------------------------------------------------------------------------------------
# Taxonomy references used by the tables (checked against the files at start)
# --------------------------------------------------------------------------------------------------------

MUNICIPALITIES = {
    "1280": "Malmö", "1287": "Trelleborg", "1283": "Helsingborg", "1291": "Simrishamn", "1266": "Hörby",
    "1281": "Lund", "1286": "Ystad", "1282": "Landskrona", "1285": "Eslöv", "1270": "Tomelilla",
    "1233": "Vellinge", "1230": "Staffanstorp", "1231": "Burlöv", "1263": "Svedala", "1264": "Skurup",
    "1265": "Sjöbo", "1277": "Åstorp", "1284": "Höganäs", "1292": "Ängelholm",
}

# key -> (JobTech occupation-name concept id, its preferred label)
OCCUPATIONS = {
    # care
    "undersköterska": ("bSEB_VKd_Ub3", "Undersköterska, hemtjänst, äldreboende och habilitering"),
    "hemvårdare": ("enMi_XgH_GQc", "Hemvårdare"),
    "vårdbiträde": ("4zLr_jP5_peZ", "Vårdbiträde"),
    "personlig_assistent": ("eU1q_zvL_9Rf", "Personlig assistent"),
    "sjuksköterska": ("bXNH_MNX_dUR", "Sjuksköterska, grundutbildad"),
    # warehouse and logistics
    "lagerarbetare": ("DLEi_bTh_oLA", "Lagerarbetare/Terminalarbetare"),
    "truckförare": ("GQSf_fnq_kjF", "Truckförare"),
    "packare": ("YDvo_JCY_pDR", "Packare"),
    # restaurant
    "restaurangbiträde": ("yXRQ_Ad9_E8V", "Restaurangbiträde"),
    "köksbiträde": ("oRB5_b7i_Qzv", "Köksbiträde"),
    "diskare": ("pKTY_Kwu_sUw", "Diskare"),
    "kock_storhushåll": ("Vg3d_Azf_p5Y", "Kock storhushåll"),
    "kock_alacarte": ("JbJw_as4_S93", "Kock à la carte"),
    "pizzabagare": ("9YaE_Syg_5ZB", "Pizzabagare"),
    "servitör": ("rGGf_KLs_To7", "Servitör/Servitris"),
    "bagare": ("XugJ_6hw_wVV", "Bagare/Konditor"),
    # cleaning
    "städare": ("KF64_AvU_S4N", "Städare"),
    "sjukhusstädare": ("gBcF_mUm_Ruc", "Sjukhusstädare"),
    "byggstädare": ("8MFH_Ud4_ysM", "Byggstädare"),
    # construction
    "grovarbetare": ("3uEE_35U_U6j", "Grovarbetare, bygg och anläggning"),
    "målare": ("rv19_K1B_Fuo", "Målare"),
    "snickare": ("4Z7F_oBG_vMG", "Träarbetare/Snickare"),
    "snickare_utan_yrkesbevis": ("HdcS_g6a_jPk", "Träarbetare, utan yrkesbevis/Snickare, utan yrkesbevis"),
    "murare_utan_yrkesbevis": ("j3pm_WJX_Hty", "Murare, utan yrkesbevis"),
    "plattsättare_utan_yrkesbevis": ("gBUP_Hiy_eaH", "Plattsättare, utan yrkesbevis"),
    # transport
    "distributionsförare": ("JEhg_Dmh_mzv", "Distributionsförare"),
    "fjärrbilsförare": ("BNz8_F9J_y2L", "Fjärrbilsförare"),
    "bussförare": ("6zL8_YYP_1eR", "Bussförare"),
    "budbilsförare": ("PtiU_6mm_yyL", "Budbilsförare"),
    "taxiförare": ("7FqZ_2r8_CEN", "Taxiförare"),
    # other backgrounds
    "skräddare": ("ras1_rJP_9UX", "Skräddare"),
    "lärare": ("VZoJ_4oe_xyR", "Lärare i grundskolan, årskurs 1-6"),
    "butikssäljare": ("pBhS_6fg_727", "Butikssäljare, dagligvaror/Medarbetare, dagligvaror"),
}

# The trade an occupation belongs to (for profiles, validations and course/placement pairing).
TRADE_OF = {
    "undersköterska": "care", "hemvårdare": "care", "vårdbiträde": "care", "personlig_assistent": "care",
    "sjuksköterska": "care", "lagerarbetare": "warehouse", "truckförare": "warehouse", "packare": "warehouse",
    "restaurangbiträde": "restaurant", "köksbiträde": "restaurant", "diskare": "restaurant",
    "kock_storhushåll": "restaurant", "kock_alacarte": "restaurant", "pizzabagare": "restaurant",
    "servitör": "restaurant", "bagare": "restaurant", "städare": "cleaning", "sjukhusstädare": "cleaning",
    "byggstädare": "cleaning", "grovarbetare": "construction", "målare": "construction", "snickare": "construction",
    "snickare_utan_yrkesbevis": "construction", "murare_utan_yrkesbevis": "construction",
    "plattsättare_utan_yrkesbevis": "construction", "distributionsförare": "transport",
    "fjärrbilsförare": "transport", "bussförare": "transport", "budbilsförare": "transport",
    "taxiförare": "transport", "skräddare": "other", "lärare": "other", "butikssäljare": "other",
}

# Skills a person with this occupation plausibly has or an employer asks for, by SSYK-4 code. Labels are
# JobTech skill labels; each must be related to that SSYK-4 group in ssyk-level-4-groups-with-related-skills.json.
SKILLS_BY_SSYK = {
    "5321": ["Basala hygienrutiner inom hälso- och sjukvård", "Omvårdnad", "Demensvård", "Äldreomsorg",
             "Hemtjänst", "Dokumentation inom hälso- och sjukvård", "Patientkommunikation",
             "Ergonomiskt arbetssätt inom hälso- och sjukvård", "Geriatrisk omvårdnad", "Fallprevention",
             "Sekretess och tystnadsplikt inom hälso- och sjukvård", "Allmän omvårdnadserfarenhet", "Cykelvana"],
    "5330": ["Personlig omvårdnad", "Omvårdnad", "Basala hygienrutiner inom hälso- och sjukvård", "Äldreomsorg",
             "Demensvård", "Sjukhem/Särskilt boende", "Allmän omvårdnadserfarenhet",
             "Ergonomiskt arbetssätt inom hälso- och sjukvård", "Hemtjänst"],
    "5343": ["Personlig omvårdnad", "Funktionsnedsättning, omsorgserfarenhet",
             "Fysisk funktionsnedsättning, omsorgserfarenhet", "Alternativ och kompletterande kommunikation/AKK",
             "Social dokumentation", "Allmän omvårdnadserfarenhet", "Utmanande beteende, omsorgserfarenhet"],
    "2221": ["Omvårdnad", "Basala hygienrutiner inom hälso- och sjukvård", "Dokumentation inom hälso- och sjukvård",
             "Patientkommunikation", "Omvårdnadsplanering", "Vårdavdelning/Mottagning", "Primärvård"],
    "4322": ["Orderplockning", "Truckvana", "Lossning", "Varumottagning", "Lagerinventering", "Lastsäkring",
             "Terminal- och lagerarbete", "Lagerhanteringsprogram", "Kyl- och frysvaruhantering", "A-truckar",
             "B-truckar"],
    "8344": ["Truckvana", "A-truckar", "B-truckar", "Gaffeltruck", "Utbildningsbevis enligt TLP 10 för truckförare",
             "Lossning", "Lastsäkring", "Terminal- och lagerarbete"],
    "9320": ["Packning", "Paketering", "Lastning", "Truckvana", "Varumärkning"],
    "9412": ["Livsmedelshygien", "Portionering", "Storkök", "Restaurangkök", "Städning och diskning, restaurangkök",
             "Enklare matlagningskunskaper", "Salladsberedning", "Frukostbuffé", "Bordsservering", "Kassavana",
             "Skolmåltider", "Specialkost"],
    "5120": ["Storkök", "Varmkök", "Kallkök", "Husmanskost", "Livsmedelshygien", "Specialkost",
             "Egenkontroll, erfarenhet", "HACCP", "Libanesiskt kök", "Kurdiskt kök", "Vegetarisk kost",
             "Livsmedelslagring"],
    "9411": ["Pizzabakning", "Restaurangkök", "Fast food/snabbmat", "Kassavana",
             "Hälsokrav vid livsmedelshantering"],
    "5131": ["Bordsservering", "Kassavana", "Livsmedelshygien", "Mat- och menykunskap"],
    "7612": ["Bageriarbete", "Matbröd", "Tårtor/Bakelser", "Finbröd"],
    "9111": ["Hygienstädning", "Golvvård", "Kontorsstädning", "Städmaterial", "Storstädning", "Fönsterputsning",
             "Sjukhusstädning", "Hotellstädning", "Trappstädning", "Städning av förskola/Städning av skola",
             "Våt- och torrsugning", "Byggstädning", "Yrkesbevis, SRY"],
    "9310": ["Grovarbete, bygg", "Diversearbete, bygg", "Rivning av byggobjekt/Demontering av byggobjekt",
             "Sortering av byggavfall", "Anläggningsarbete", "Certifikat, heta arbeten", "Utbildningsbevis, fallskydd",
             "Utbildningsbevis, säkra lyft", "Maskinkunskap, bygg", "Materialkunskap, bygg", "Nyproduktion, bygge"],
    "7131": ["Måleriarbete, bygg", "Tapetsering, väggar", "Sandspackling-maskinell",
             "Snickerimålning och ytbehandling", "Lägenhetsreparationer", "Sprutmålning", "Säkert arbetssätt"],
    "7111": ["Träarbete, husbyggnad", "Formsättning", "Ritningsläsning", "Inredning, monteringsvana",
             "Köksmontering", "Maskinkunskap, handmaskiner", "Takläggning", "Stombyggnad",
             "Fönstermontage/Fönstermontering", "Utbildningsbevis, fallskydd"],
    "7112": ["Murning", "Plattsättning", "Kakel och klinker, plattsättningsvana", "Fasadputsning", "Blockmurning",
             "Materialkunskap, bygg"],
    "8332": ["Distributionskörning", "Lastsäkring", "Lastning", "Lossning", "Bakgavellyft",
             "Yrkeskompetensbevis för förare (YKB)", "Digitalt färdskrivarkort", "Trafiksäkerhetsregler",
             "Sparsam körning", "Fjärrtransporter, körvana", "Kyl- och frys- och värmetransporter, körvana"],
    "8331": ["Linjetrafik, körning", "Kollektivtrafik, körning", "Passagerarservice", "Trafiksäkerhetsregler",
             "Sparsam körning", "Färdtjänstkörning"],
    "8329": ["Budtransporter", "Distribution, paketbil", "Lastsäkring", "Trafiksäkerhetsregler",
             "Transportplanering", "Cykelvana"],
    "8321": ["Passagerartransporter", "Trafiksäkerhetsregler", "Färdtjänstkörning", "Passagerarservice"],
    "7531": ["Skrädderiarbeten", "Ändringssömnad", "Sömnadsarbeten", "Detaljsömnad", "Tillskärning, textilier"],
    "2341": ["Matematik, undervisning grundskolenivå", "Modersmål, undervisning grundskolenivå",
             "Studiehandledning på modersmål", "Engelska, undervisning grundskolenivå"],
    "5222": ["Kassavana", "Butiksvana, dagligvaror", "Varuplock", "Färskvaror, produktkunskap"],
}

# How a CV (Swedish / English) names the occupation and what the work was.
OCCUPATION_WORDS = {
    "undersköterska": ("undersköterska", "an assistant nurse",
                       "personlig omvårdnad, läkemedelsutdelning och dokumentation",
                       "personal care, handing out medication and documentation"),
    "hemvårdare": ("hemvårdare", "a home care worker", "hemtjänst och omvårdnad hemma hos äldre",
                   "home care for elderly people"),
    "vårdbiträde": ("vårdbiträde", "a care assistant", "hjälp med hygien, måltider och promenader för äldre",
                    "helping elderly people with hygiene, meals and walks"),
    "personlig_assistent": ("personlig assistent", "a personal assistant",
                            "stöd i vardagen till en person med funktionsnedsättning",
                            "daily support for a person with a disability"),
    "sjuksköterska": ("sjuksköterska", "a nurse", "omvårdnad, provtagning och läkemedel på en vårdavdelning",
                      "nursing, blood samples and medication on a hospital ward"),
    "lagerarbetare": ("lagerarbetare", "a warehouse worker", "orderplockning, inventering och lastning",
                      "order picking, stocktaking and loading lorries"),
    "truckförare": ("truckförare", "a forklift driver", "att köra truck och lossa containrar",
                    "driving forklifts and unloading containers"),
    "packare": ("packare på en fabrik", "a packer in a factory", "packning och märkning av varor",
                "packing and labelling goods"),
    "restaurangbiträde": ("restaurangbiträde", "a restaurant assistant", "servering, disk och kassa",
                          "serving, washing up and the till"),
    "köksbiträde": ("köksbiträde", "a kitchen assistant", "förberedelser i köket, sallader och disk",
                    "kitchen prep, salads and washing up"),
    "diskare": ("diskare", "a dishwasher", "disk och städning i ett restaurangkök",
                "washing up and cleaning in a restaurant kitchen"),
    "kock_storhushåll": ("kock i ett storkök", "a cook in a large canteen kitchen",
                         "matlagning för flera hundra personer om dagen", "cooking for several hundred people a day"),
    "kock_alacarte": ("kock på restaurang", "a restaurant cook", "varmkök, grill och meze",
                      "hot kitchen, grill and mezze"),
    "pizzabagare": ("pizzabagare", "a pizza baker", "pizza, kebab och annan snabbmat",
                    "pizza, kebab and other fast food"),
    "servitör": ("servitör", "a waiter", "servering och kassa på ett kafé", "waiting tables and the till in a café"),
    "bagare": ("bagare", "a baker", "bröd och bakverk i ett bageri", "bread and pastries in a bakery"),
    "städare": ("städare", "a cleaner", "kontorsstädning och golvvård", "office cleaning and floor care"),
    "sjukhusstädare": ("städare på sjukhus", "a hospital cleaner", "städning av vårdsalar med hårda hygienregler",
                       "cleaning wards under strict hygiene rules"),
    "byggstädare": ("byggstädare", "a construction site cleaner", "byggstädning och sortering av avfall",
                    "site cleaning and sorting waste"),
    "grovarbetare": ("byggarbetare", "a construction labourer",
                     "rivning, betong och att bära material på byggen",
                     "demolition, concrete and carrying materials on building sites"),
    "målare": ("målare", "a painter", "målning, spackling och tapetsering", "painting, filling and wallpapering"),
    "snickare": ("snickare", "a carpenter", "formsättning, takarbeten och inredning",
                 "formwork, roofing and interior carpentry"),
    "snickare_utan_yrkesbevis": ("snickare", "a carpenter", "formsättning, takarbeten och inredning",
                                 "formwork, roofing and interior carpentry"),
    "murare_utan_yrkesbevis": ("murare", "a bricklayer", "murning och putsning av hus",
                               "bricklaying and plastering houses"),
    "plattsättare_utan_yrkesbevis": ("plattsättare", "a tiler", "kakel och klinker i badrum och kök",
                                     "tiling bathrooms and kitchens"),
    "distributionsförare": ("lastbilschaufför", "a lorry driver", "leveranser till butiker med lastbil",
                            "delivering goods to shops by lorry"),
    "fjärrbilsförare": ("lastbilschaufför i fjärrtrafik", "a long-haul lorry driver",
                        "långa transporter med lastbil och släp", "long-distance haulage with a trailer"),
    "bussförare": ("bussförare", "a bus driver", "linjetrafik i stan", "city bus routes"),
    "budbilsförare": ("budbilsförare", "a delivery driver", "paketleveranser med skåpbil", "parcel delivery by van"),
    "taxiförare": ("taxichaufför", "a taxi driver", "taxi och skolskjuts", "taxi and school runs"),
    "skräddare": ("skräddare", "a tailor", "sömnad, ändringar och måttsydda kläder",
                  "sewing, alterations and made-to-measure clothes"),
    "lärare": ("lärare", "a primary school teacher", "undervisning i årskurs 1–6", "teaching years 1 to 6"),
    "butikssäljare": ("butiksbiträde", "a shop assistant", "kassa och varupåfyllning i en matbutik",
                      "working the till and filling shelves in a grocery shop"),
}

LANGUAGE_WORDS = {  # JobTech label -> (Swedish in running text, English)
    "Arabiska": ("arabiska", "Arabic"), "Tigrinska/Tigrinja": ("tigrinja", "Tigrinya"), "Dari": ("dari", "Dari"),
    "Somaliska": ("somaliska", "Somali"), "Kurdiska - Sorani": ("kurdiska (sorani)", "Kurdish (Sorani)"),
    "Persiska/Farsi": ("persiska", "Persian"), "Ukrainska": ("ukrainska", "Ukrainian"), "Ryska": ("ryska", "Russian"),
    "Engelska": ("engelska", "English"), "Amhariska/Amarinja": ("amhariska", "Amharic"),
    "Turkiska": ("turkiska", "Turkish"), "Pashto": ("pashto", "Pashto"),
}

# --------------------------------------------------------------------------------------------------------
# Organisations. Numbers: the first nine digits are invented; the check digit is made wrong on purpose.
# --------------------------------------------------------------------------------------------------------

ORGANISATIONS = {
    "malmo": ("Malmö stad", "212000112", "municipality"),
    "trelleborg": ("Trelleborgs kommun", "212000108", "municipality"),
    "helsingborg": ("Helsingborgs stad", "212000115", "municipality"),
    "simrishamn": ("Simrishamns kommun", "212000120", "municipality"),
    "horby": ("Hörby kommun", "212000104", "municipality"),
    "region": ("Region Skåne", "232100025", "region"),
    "rodakorset": ("Röda Korset Malmö", "802003148", "non_profit"),
    "stadsmissionen": ("Skånes Stadsmission, Malmö", "802017406", "non_profit"),
    "hermods": ("Hermods", "556114870", "education_provider"),
    "lernia": ("Lernia", "556573512", "education_provider"),
    "folkuniversitetet": ("Folkuniversitetet Skåne", "802009387", "education_provider"),
    "soderslatt_logistik": ("Söderslätts Logistik AB", "559031724", "company"),
    "oresund_terminal": ("Öresund Terminal & Lager AB", "559104386", "company"),
    "hotell_sundsblick": ("Hotell Sundsblick AB", "556874301", "company"),
    "mollan_kok": ("Möllan Kök & Bar AB", "559212067", "company"),
    "hamnkrogen": ("Hamnkrogen i Landskrona AB", "556990418", "company"),
    "osterlens_stad": ("Österlens Städservice AB", "559087253", "company"),
    "horby_bygg": ("Hörby Bygg & Fasad AB", "556731920", "company"),
    "malericompaniet": ("Målericompaniet i Lund AB", "559150732", "company"),
    "vellinge_hus": ("Vellinge Hus & Trä AB", "556802659", "company"),
    "skane_distribution": ("Skåne Distribution AB", "559066481", "company"),
    "malmo_bud": ("Malmö Stadsbud AB", "559271395", "company"),
}

# --------------------------------------------------------------------------------------------------------
# Placements (praktikplatser). Schedules are written "days HH:MM-HH:MM"; days "mon-fri" or "mon,wed".
# --------------------------------------------------------------------------------------------------------

PLACEMENTS = [
    dict(title="Praktik i hemtjänsten, Rosengård", org="malmo", unit="Hälsa, vård och omsorg, hemtjänst Rosengård",
         occupation="undersköterska",
         skills=[("Basala hygienrutiner inom hälso- och sjukvård", True), ("Cykelvana", True), ("Omvårdnad", False),
                 ("Demensvård", False)],
         swedish="SFI D", languages=["Arabiska", "Somaliska"], licences=[],
         municipality="1280", address="Amiralsgatan 112, Malmö", seats=3, start="2027-01-18", weeks=12, hours=20,
         schedule=["mon-fri 13:00-17:00"], supervisor=True,
         description="Hemtjänsten i Rosengård tar emot praktikanter som vill bli undersköterskor. Du följer med "
                     "en handledare hem till våra brukare och hjälper till med personlig omvårdnad, måltider och "
                     "enklare städning. Krav: SFI D och att du kan cykla, vi cyklar mellan besöken. "
                     "Meriterande: arabiska eller somaliska."),
    dict(title="Praktik som personlig assistent, LSS-boende", org="malmo", unit="Funktionsstöd, gruppbostäder Husie",
         occupation="personlig_assistent",
         skills=[("Funktionsnedsättning, omsorgserfarenhet", False), ("Personlig omvårdnad", False),
                 ("Social dokumentation", False)],
         swedish="SvA grund", languages=["Persiska/Farsi", "Arabiska"], licences=[],
         municipality="1280", address="Husievägen 31, Malmö", seats=2, start="2027-02-01", weeks=16, hours=35,
         schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Funktionsstöd i Malmö tar emot praktikanter på våra gruppbostäder i Husie. Du stöttar boende "
                     "med funktionsnedsättning i vardagen: matlagning, aktiviteter och personlig omvårdnad. "
                     "Krav: svenska på nivån SvA grund, eftersom du skriver social dokumentation. "
                     "Meriterande: erfarenhet av omsorgsarbete."),
    dict(title="Praktik som vårdbiträde på äldreboende, eftermiddagar", org="trelleborg",
         unit="Vård och omsorg, Solrosens äldreboende", occupation="vårdbiträde",
         skills=[("Basala hygienrutiner inom hälso- och sjukvård", True), ("Personlig omvårdnad", False),
                 ("Äldreomsorg", False)],
         swedish="SFI C", languages=["Tigrinska/Tigrinja", "Arabiska"], licences=[],
         municipality="1287", address="Västergatan 40, Trelleborg", seats=2, start="2027-02-15", weeks=12, hours=20,
         schedule=["mon-fri 13:00-17:00"], supervisor=True,
         description="Solrosens äldreboende i Trelleborg söker praktikanter till eftermiddagspassen. Du hjälper de "
                     "boende med måltider, promenader och personlig hygien tillsammans med erfarna vårdbiträden. "
                     "Krav: SFI C. Meriterande: tigrinja eller arabiska."),
    dict(title="Praktik på lager och terminal, eftermiddagsskift", org="soderslatt_logistik", unit=None,
         occupation="lagerarbetare",
         skills=[("Orderplockning", True), ("Varumottagning", False), ("Lossning", False), ("Truckvana", False)],
         swedish="SFI C", languages=["Arabiska", "Dari", "Tigrinska/Tigrinja"], licences=[],
         municipality="1287", address="Hamngatan 9, Trelleborg", seats=4, start="2027-02-22", weeks=10, hours=20,
         schedule=["mon-fri 13:00-17:00"], supervisor=True,
         description="Söderslätts Logistik hanterar gods till och från färjorna i Trelleborgs hamn. Som praktikant "
                     "arbetar du med orderplockning, varumottagning och lastning på eftermiddagsskiftet. "
                     "Krav: SFI C och att du klarar ett högt tempo. Truckkort är meriterande men inget krav."),
    dict(title="Praktik som truckförare på terminal", org="oresund_terminal", unit=None, occupation="truckförare",
         skills=[("Utbildningsbevis enligt TLP 10 för truckförare", True), ("B-truckar", True),
                 ("Lossning", False), ("Lastsäkring", False)],
         swedish="SFI C", languages=[], licences=[],
         municipality="1283", address="Bergaterminalen 4, Helsingborg", seats=2, start="2027-01-11", weeks=8,
         hours=37, schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Öresund Terminal & Lager söker praktikanter till vår terminal i Helsingborgs hamn. Du kör "
                     "motviktstruck och skjutstativtruck vid lossning och lastning av containrar och trailrar. "
                     "Krav: truckkort A+B enligt TLP 10 och SFI C. Meriterande: vana av lagersystem."),
    dict(title="Praktik som köksbiträde i hotellkök", org="hotell_sundsblick", unit=None, occupation="köksbiträde",
         skills=[("Livsmedelshygien", True), ("Storkök", False), ("Salladsberedning", False),
                 ("Städning och diskning, restaurangkök", False)],
         swedish="SFI C", languages=[], licences=[],
         municipality="1283", address="Drottninggatan 58, Helsingborg", seats=2, start="2027-02-08", weeks=12,
         hours=20, schedule=["mon-fri 13:00-17:00"], supervisor=True,
         description="Hotell Sundsblicks kök lagar frukost, lunch och middag till upp till 300 gäster om dagen. Som "
                     "praktikant hjälper du till med förberedelser inför middagen, disk och att hålla köket rent. "
                     "Krav: SFI C och att du följer våra hygienrutiner. Meriterande: hygienintyg eller erfarenhet "
                     "från storkök."),
    dict(title="Praktik som restaurangbiträde, kvällar", org="mollan_kok", unit=None, occupation="restaurangbiträde",
         skills=[("Bordsservering", False), ("Kassavana", False), ("Livsmedelshygien", False)],
         swedish="SFI B", languages=["Arabiska", "Persiska/Farsi"], licences=[],
         municipality="1280", address="Bergsgatan 20, Malmö", seats=2, start="2026-12-07", weeks=8, hours=25,
         schedule=["wed-sun 16:00-21:00"], supervisor=True,
         description="Vi är en livlig restaurang vid Möllevångstorget och tar emot praktikanter på kvällarna. Du "
                     "dukar, serverar, plockar disk och hjälper till med enklare förberedelser i köket. "
                     "Krav: SFI B och att du kan arbeta kvällar och helger. Meriterande: erfarenhet av servering "
                     "och kassa."),
    dict(title="Praktik i disken, torsdag–söndag kväll", org="hamnkrogen", unit=None, occupation="diskare",
         skills=[("Städning och diskning, restaurangkök", False)],
         swedish=None, languages=[], licences=[],
         municipality="1282", address="Hamnplan 3, Landskrona", seats=1, start="2027-01-14", weeks=8, hours=20,
         schedule=["thu-sun 16:00-21:00"], supervisor=True,
         description="Hamnkrogen i Landskrona söker en praktikant till disken torsdag till söndag kväll. Du diskar, "
                     "sorterar porslin och håller ordning i köket. Inga krav på svenska: din handledare visar allt "
                     "på plats."),
    dict(title="Praktik som köksbiträde i skolkök, 12.30–15", org="trelleborg", unit="Kost och måltid",
         occupation="köksbiträde",
         skills=[("Skolmåltider", False), ("Städning och diskning, restaurangkök", False), ("Livsmedelshygien", False)],
         swedish="SFI B", languages=[], licences=[],
         municipality="1287", address="Rådhusgatan 14, Trelleborg", seats=2, start="2027-01-11", weeks=16,
         hours=12, schedule=["mon-fri 12:30-15:00"], supervisor=True,
         description="Kost och måltid i Trelleborgs kommun tar emot praktikanter i tillagningsköket på en grundskola. "
                     "Efter lunchen diskar du, städar matsalen och förbereder grönsaker till nästa dag. Passet slutar "
                     "kl. 15, så det passar dig som hämtar barn på förskolan. Krav: SFI B."),
    dict(title="Praktik som kock i storkök, sjukhusmåltider", org="region", unit="Måltidsservice Lund",
         occupation="kock_storhushåll",
         skills=[("Storkök", True), ("Livsmedelshygien", True), ("Specialkost", False), ("HACCP", False)],
         swedish="SFI D", languages=[], licences=[],
         municipality="1281", address="Getingevägen 5, Lund", seats=1, start="2027-03-01", weeks=12, hours=37,
         schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Måltidsservice i Lund lagar mat till patienterna på sjukhuset. Som praktikant arbetar du i "
                     "storköket med tillagning, specialkost och portionering enligt vårt egenkontrollprogram. "
                     "Krav: erfarenhet av matlagning i restaurang eller storkök och SFI D. Meriterande: hygienintyg."),
    dict(title="Praktik inom lokalvård, eftermiddagar", org="osterlens_stad", unit=None, occupation="städare",
         skills=[("Kontorsstädning", False), ("Golvvård", False), ("Städmaterial", False)],
         swedish="SFI C", languages=[], licences=[],
         municipality="1291", address="Storgatan 21, Simrishamn", seats=2, start="2027-02-15", weeks=10, hours=20,
         schedule=["mon-fri 13:00-17:00"], supervisor=True,
         description="Österlens Städservice städar kontor, butiker och fritidshus på Österlen. Som praktikant följer "
                     "du ett av våra team på eftermiddagarna och lär dig städmetoder, golvvård och maskinhantering. "
                     "Krav: SFI C. Meriterande: B-körkort."),
    dict(title="Praktik som sjukhusstädare, Ystads lasarett", org="region", unit="Regionservice, lokalvård Ystad",
         occupation="sjukhusstädare",
         skills=[("Hygienstädning", True), ("Sjukhusstädning", False), ("Golvvård", False)],
         swedish="SFI D", languages=[], licences=[],
         municipality="1286", address="Kristianstadsvägen 3, Ystad", seats=2, start="2027-01-18", weeks=12,
         hours=37, schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Lokalvården på Ystads lasarett tar emot praktikanter. Du lär dig hygienstädning av vårdrum, "
                     "mottagningar och operationssalar enligt basala hygienrutiner. Krav: SFI D, eftersom du behöver "
                     "kunna läsa våra skriftliga instruktioner."),
    dict(title="Praktik som grovarbetare, renovering och rivning", org="horby_bygg", unit=None,
         occupation="grovarbetare",
         skills=[("Grovarbete, bygg", False), ("Rivning av byggobjekt/Demontering av byggobjekt", False),
                 ("Sortering av byggavfall", False)],
         swedish=None, languages=[], licences=[],
         municipality="1266", address="Industrigatan 7, Hörby", seats=2, start="2027-03-01", weeks=12, hours=37,
         schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Hörby Bygg & Fasad renoverar villor och lantbruksfastigheter i mellersta Skåne. Som praktikant "
                     "hjälper du våra snickare med rivning, bärning av material, städning av bygget och enklare "
                     "grundarbeten. Inga krav på svenska, men arbetet är fysiskt och mycket utomhus. "
                     "Meriterande: B-körkort och erfarenhet från bygg."),
    dict(title="Praktik som målare, eftermiddagar", org="malericompaniet", unit=None, occupation="målare",
         skills=[("Måleriarbete, bygg", False), ("Tapetsering, väggar", False), ("Säkert arbetssätt", False)],
         swedish="SFI C", languages=[], licences=[],
         municipality="1281", address="Företagsvägen 12, Lund", seats=2, start="2027-02-22", weeks=12, hours=17,
         schedule=["mon-fri 13:00-16:30"], supervisor=True,
         description="Målericompaniet målar om lägenheter åt bostadsbolag i Lund. Som praktikant spacklar, slipar och "
                     "målar du tillsammans med en erfaren målare på eftermiddagarna. Krav: SFI C. "
                     "Meriterande: erfarenhet av måleri eller tapetsering."),
    dict(title="Praktik som snickare i småhusbygge", org="vellinge_hus", unit=None, occupation="snickare",
         skills=[("Träarbete, husbyggnad", True), ("Formsättning", False), ("Utbildningsbevis, fallskydd", False)],
         swedish="SFI C", languages=[], licences=[],
         municipality="1233", address="Norra Mårtensgatan 2, Vellinge", seats=1, start="2027-03-15", weeks=12,
         hours=37, schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Vellinge Hus & Trä bygger småhus och tillbyggnader i Vellinge och Höllviken. Du arbetar i ett "
                     "arbetslag med formsättning, stomresning och inredning. Krav: erfarenhet av snickeri och SFI C. "
                     "Meriterande: utbildningsbevis för fallskydd."),
    dict(title="Praktik som distributionsförare, livsmedel", org="skane_distribution", unit=None,
         occupation="distributionsförare",
         skills=[("Lastsäkring", True), ("Distributionskörning", False), ("Bakgavellyft", False),
                 ("Yrkeskompetensbevis för förare (YKB)", False)],
         swedish="SFI C", languages=[], licences=["C"],
         municipality="1280", address="Jägersrovägen 160, Malmö", seats=2, start="2027-01-25", weeks=10, hours=37,
         schedule=["mon-fri 08:00-16:00"], supervisor=True,
         description="Skåne Distribution kör livsmedel och dagligvaror till butiker i Malmöområdet. Som praktikant "
                     "kör du tillsammans med en av våra förare och lär dig lastning, lastsäkring och leveranser med "
                     "bakgavellyft. Krav: C-körkort och SFI C. Meriterande: YKB och erfarenhet av distribution."),
    dict(title="Praktik som budbilsförare, eftermiddagar", org="malmo_bud", unit=None, occupation="budbilsförare",
         skills=[("Budtransporter", False), ("Distribution, paketbil", False), ("Trafiksäkerhetsregler", True)],
         swedish="SFI B", languages=[], licences=["B"],
         municipality="1280", address="Agnesfridsvägen 180, Malmö", seats=3, start="2027-02-01", weeks=8, hours=20,
         schedule=["mon-fri 13:00-17:00"], supervisor=True,
         description="Vi kör paket och budleveranser i Malmö med eldrivna budbilar. Efter en introduktion med "
                     "handledare kör du egna rundor på eftermiddagarna. Krav: B-körkort och SFI B. "
                     "Meriterande: god lokalkännedom i Malmö."),
]

# --------------------------------------------------------------------------------------------------------
# Extra jobs (extratjänster and similar subsidised jobs)
# --------------------------------------------------------------------------------------------------------

EXTRA_JOBS = [
    dict(title="Extratjänst som vårdbiträde på äldreboende", org="malmo", unit="Hälsa, vård och omsorg",
         occupation="vårdbiträde",
         skills=[("Basala hygienrutiner inom hälso- och sjukvård", False), ("Äldreomsorg", False)],
         swedish="SFI C", licences=[], municipality="1280", address="Lönngatan 40, Malmö", seats=4,
         start="2027-01-04", weeks=52, hours=25, schedule=["mon-fri 12:00-17:00"],
         eligibility=dict(requires_establishment_programme=True,
                          note="För dig som är inskriven i etableringsprogrammet."),
         combinable=True,
         description="Som extratjänst på ett av Malmö stads äldreboenden avlastar du personalen med måltider, "
                     "sällskap, promenader och enklare omvårdnad. Tjänsten är på 25 timmar i veckan på eftermiddagar, "
                     "så att du kan läsa SFI eller yrkes-SFI på förmiddagarna."),
    dict(title="Extratjänst i daglig verksamhet, LSS", org="malmo", unit="Funktionsstöd, daglig verksamhet",
         occupation="personlig_assistent",
         skills=[("Funktionsnedsättning, omsorgserfarenhet", False)],
         swedish="SFI C", licences=[], municipality="1280", address="Nobelvägen 69, Malmö", seats=2,
         start="2027-02-01", weeks=52, hours=20, schedule=["mon-fri 12:00-16:00"],
         eligibility=dict(requires_establishment_programme=False, max_residence_permit_months=36,
                          note="Uppehållstillstånd som flykting eller skyddsbehövande, högst tre år gammalt."),
         combinable=True,
         description="I daglig verksamhet har vuxna med funktionsnedsättning meningsfulla aktiviteter: bakning, "
                     "trädgård och utflykter. Du stöttar deltagarna tillsammans med handledarna. Eftermiddagstid "
                     "som går att kombinera med studier."),
    dict(title="Extratjänst inom lokalvård, sjukhus", org="region", unit="Regionservice, lokalvård Malmö",
         occupation="sjukhusstädare",
         skills=[("Hygienstädning", False), ("Sjukhusstädning", False)],
         swedish="SFI C", licences=[], municipality="1280", address="Carl-Bertil Laurells gata 9, Malmö", seats=3,
         start="2027-01-11", weeks=39, hours=35, schedule=["mon-fri 08:00-15:00"],
         eligibility=dict(requires_establishment_programme=False,
                          note="Arbetsförmedlingen beslutar om anvisning till extratjänst."),
         combinable=False,
         description="Regionservice lokalvård söker medarbetare på extratjänst till sjukhusområdet i Malmö. Du städar "
                     "vårdrum, korridorer och personalutrymmen och lär dig hygienstädning enligt Region Skånes "
                     "rutiner. Heltid dagtid, introduktion med handledare första veckorna."),
    dict(title="Extratjänst i Kupan – sortering och lager", org="rodakorset", unit=None, occupation="lagerarbetare",
         skills=[("Varumottagning", False), ("Lagerinventering", False)],
         swedish=None, licences=[], municipality="1280", address="Södra Förstadsgatan 79, Malmö", seats=2,
         start="2026-12-07", weeks=26, hours=20, schedule=["mon-fri 13:00-17:00"],
         eligibility=dict(requires_establishment_programme=True,
                          note="För deltagare i etableringsprogrammet; ingen svenska krävs vid start."),
         combinable=True,
         description="Röda Korsets second hand-butik Kupan tar emot skänkta kläder och möbler varje dag. Du tar emot, "
                     "sorterar och prismärker varor och håller ordning på lagret. Eftermiddagar, 20 timmar i veckan."),
    dict(title="Extratjänst i café och kök", org="stadsmissionen", unit=None, occupation="köksbiträde",
         skills=[("Livsmedelshygien", False), ("Enklare matlagningskunskaper", False), ("Kassavana", False)],
         swedish="SFI B", licences=[], municipality="1280", address="Kristianstadsgatan 9, Malmö", seats=2,
         start="2027-01-11", weeks=52, hours=25, schedule=["mon-fri 12:00-17:00"],
         eligibility=dict(requires_establishment_programme=False, max_residence_permit_months=36,
                          note="Uppehållstillstånd beviljat under de senaste tre åren."),
         combinable=True,
         description="Stadsmissionens café serverar lunch och fika till gäster i utsatthet. Du hjälper till i köket, "
                     "bakar, serverar och tar betalt i kassan. Tjänsten passar dig som vill kombinera jobb med SFI."),
    dict(title="Extratjänst utemiljö och enklare byggunderhåll", org="trelleborg", unit="Samhällsbyggnad",
         occupation="grovarbetare",
         skills=[("Diversearbete, bygg", False), ("Sortering av byggavfall", False)],
         swedish=None, licences=[], municipality="1287", address="Bryggaregatan 1, Trelleborg", seats=3,
         start="2027-03-01", weeks=40, hours=30, schedule=["mon-fri 08:00-14:00"],
         eligibility=dict(requires_establishment_programme=True,
                          note="Inskriven i etableringsprogrammet hos Arbetsförmedlingen."),
         combinable=False,
         description="Samhällsbyggnad i Trelleborg söker extratjänster till parker, lekplatser och kommunens "
                     "fastigheter. Du lagar staket och bänkar, river och bär material och håller ordning på "
                     "arbetsplatsen. Fysiskt arbete utomhus, arbetskläder ingår."),
    dict(title="Extratjänst som måltidsbiträde i skolrestaurang", org="helsingborg", unit="Skola och fritid",
         occupation="restaurangbiträde",
         skills=[("Skolmåltider", False), ("Portionering", False)],
         swedish="SFI B", licences=[], municipality="1283", address="Furutorpsgatan 40, Helsingborg", seats=3,
         start="2027-01-11", weeks=40, hours=25, schedule=["mon-fri 09:00-14:00"],
         eligibility=dict(requires_establishment_programme=False, max_residence_permit_months=36,
                          note="Uppehållstillstånd högst tre år gammalt."),
         combinable=False,
         description="Helsingborgs skolrestauranger serverar tusentals luncher varje dag. Du hjälper till med "
                     "salladsbuffé, servering och disk och lär dig arbeta efter våra hygienrutiner."),
    dict(title="Extratjänst lokalvård i kommunens lokaler", org="simrishamn", unit="Serviceförvaltningen",
         occupation="städare",
         skills=[("Kontorsstädning", False), ("Städning av förskola/Städning av skola", False)],
         swedish="SFI B", licences=[], municipality="1291", address="Gröna vägen 4, Simrishamn", seats=2,
         start="2027-02-01", weeks=52, hours=25, schedule=["mon-fri 13:00-18:00"],
         eligibility=dict(requires_establishment_programme=True, max_residence_permit_months=36,
                          note="Inskriven i etableringsprogrammet, uppehållstillstånd högst tre år."),
         combinable=True,
         description="Serviceförvaltningen städar skolor, förskolor och kontor i Simrishamns kommun. Som extratjänst "
                     "städar du efter att barnen gått hem. Eftermiddagar och tidiga kvällar, 25 timmar i veckan."),
    dict(title="Extratjänst i hemtjänsten, eftermiddagar", org="horby", unit="Vård och omsorg",
         occupation="vårdbiträde",
         skills=[("Hemtjänst", False), ("Personlig omvårdnad", False)],
         swedish="SFI C", licences=["B"], municipality="1266", address="Ringsjövägen 4, Hörby", seats=2,
         start="2027-01-18", weeks=39, hours=20, schedule=["mon-fri 13:00-17:00"],
         eligibility=dict(requires_establishment_programme=True,
                          note="För dig i etableringsprogrammet. B-körkort krävs, vi kör bil på landsbygden."),
         combinable=True,
         description="Hemtjänsten i Hörby besöker äldre i tätorten och på landsbygden. Du hjälper till med inköp, "
                     "måltider och promenader och kör kommunens bilar mellan besöken. Krav: B-körkort."),
    dict(title="Extratjänst som budbilsförare, internpost", org="region", unit="Regionservice, transporter Lund",
         occupation="budbilsförare",
         skills=[("Budtransporter", False), ("Transportplanering", False)],
         swedish="SFI C", licences=["B"], municipality="1281", address="Baravägen 1, Lund", seats=1,
         start="2027-02-15", weeks=26, hours=20, schedule=["mon-fri 12:00-16:00"],
         eligibility=dict(requires_establishment_programme=False, max_residence_permit_months=36,
                          note="Uppehållstillstånd beviljat de senaste tre åren."),
         combinable=True,
         description="Regionservice kör internpost, prover och förråd mellan regionens verksamheter i Lund. Du kör "
                     "fasta rundor med skåpbil på eftermiddagarna. Krav: B-körkort och SFI C."),
]

# --------------------------------------------------------------------------------------------------------
# Yrkes-SFI and other vocational courses with language support
# --------------------------------------------------------------------------------------------------------

MORNINGS = "mon-fri 08:30-12:00"

COURSES = [
    dict(title="Yrkes-SFI Vård och omsorg – undersköterska", org="malmo", unit="Komvux Malmö",
         occupation="undersköterska", leads_to=["undersköterska", "vårdbiträde", "personlig_assistent"],
         skills=["Basala hygienrutiner inom hälso- och sjukvård", "Omvårdnad", "Demensvård",
                 "Dokumentation inom hälso- och sjukvård", "Ergonomiskt arbetssätt inom hälso- och sjukvård"],
         swedish="SFI B", exit="SFI D", municipality="1280", address="Rönnblomsgatan 2, Malmö",
         accepts=["1280", "1287", "1233", "1281", "1231", "1230"], starts=["2027-01-11", "2027-03-15"],
         weeks=40, hours=17, schedule=[MORNINGS], seats=24, workplace_weeks=8,
         certificates=["Intyg basala hygienrutiner", "Intyg förflyttningsteknik"],
         modules=["Vård- och omsorgsarbete 1", "Hygien och smittskydd", "Etik och människans livsvillkor",
                  "Gerontologi och geriatrik", "Svenska för vård och omsorg"],
         description="Yrkes-SFI där du läser svenska och vårdämnen samtidigt, med studiehandledning på arabiska, "
                     "somaliska och dari. Undervisningen är på förmiddagarna, så du kan ha praktik eller "
                     "extratjänst på eftermiddagen. Efter utbildningen har du SFI D och de första kurserna mot "
                     "undersköterska."),
    dict(title="Yrkes-SFI Lager och logistik med truckkort", org="hermods", unit="Trelleborg",
         occupation="lagerarbetare", leads_to=["lagerarbetare", "truckförare"],
         skills=["Orderplockning", "Truckvana", "Varumottagning", "Lagerinventering", "A-truckar", "B-truckar"],
         swedish="SFI B", exit="SFI D", municipality="1287", address="Algatan 12, Trelleborg",
         accepts=["1287", "1280", "1233", "1263", "1264"], starts=["2027-01-18", "2027-02-22"],
         weeks=20, hours=17, schedule=[MORNINGS], seats=16, workplace_weeks=4,
         certificates=["Truckkort A+B"],
         modules=["Lager och logistik 1", "Truckkörning A+B", "Arbetsmiljö och säkerhet",
                  "Svenska för lager och logistik"],
         description="Lär dig lagerarbete och ta truckkort samtidigt som du läser svenska. Förmiddagar på skolan i "
                     "Trelleborg och fyra veckors arbetsplatsförlagt lärande hos lager i hamnen. Du avslutar med "
                     "truckkort A+B och SFI D."),
    dict(title="Yrkes-SFI Restaurang och storkök", org="lernia", unit="Helsingborg",
         occupation="köksbiträde", leads_to=["köksbiträde", "restaurangbiträde", "diskare", "kock_storhushåll"],
         skills=["Livsmedelshygien", "Storkök", "Salladsberedning", "Portionering", "Specialkost"],
         swedish="SFI B", exit="SFI D", municipality="1283", address="Bergaliden 11, Helsingborg",
         accepts=["1283", "1282", "1284", "1277", "1292"], starts=["2027-01-11", "2027-02-08"],
         weeks=24, hours=17, schedule=[MORNINGS], seats=18, workplace_weeks=6,
         certificates=["Hygienintyg"],
         modules=["Livsmedelshygien och egenkontroll", "Matlagning 1", "Storköksteknik", "Service och bemötande",
                  "Svenska för restaurang och kök"],
         description="Utbildning för dig som vill arbeta i restaurang, hotellkök eller skolkök. Du varvar "
                     "yrkessvenska med praktiska pass i skolans kök och gör sex veckors praktik. Hygienintyg ingår."),
    dict(title="Yrkes-SFI Lokalvård", org="simrishamn", unit="Vuxenutbildningen Simrishamn",
         occupation="städare", leads_to=["städare", "sjukhusstädare"],
         skills=["Hygienstädning", "Golvvård", "Städmaterial", "Kontorsstädning"],
         swedish="SFI B", exit="SFI C", municipality="1291", address="Jarnavägen 2, Simrishamn",
         accepts=["1291", "1270", "1286", "1266"], starts=["2027-01-18", "2027-03-08"],
         weeks=20, hours=17, schedule=[MORNINGS], seats=12, workplace_weeks=4,
         certificates=["Yrkesbevis städ (SRY)"],
         modules=["Lokalvård grund", "Hygienstädning", "Golvvård", "Kemikaliehantering och arbetsmiljö"],
         description="Yrkes-SFI för Österlen: lokalvård och svenska på förmiddagarna i Simrishamn. Utbildningen "
                     "förbereder för SRY:s yrkesbevis och ger dig SFI C. Elever från Tomelilla, Ystad och Hörby är "
                     "välkomna."),
    dict(title="Yrkes-SFI Bygg – grovarbete och måleri", org="lernia", unit="Malmö",
         occupation="grovarbetare", leads_to=["grovarbetare", "målare", "snickare"],
         skills=["Grovarbete, bygg", "Måleriarbete, bygg", "Sortering av byggavfall", "Utbildningsbevis, fallskydd",
                 "Certifikat, heta arbeten"],
         swedish="SFI B", exit="SFI D", municipality="1280", address="Hans Michelsensgatan 9, Malmö",
         accepts=["1280", "1281", "1233", "1231", "1230", "1287"], starts=["2027-01-25", "2027-03-29"],
         weeks=30, hours=17, schedule=[MORNINGS], seats=16, workplace_weeks=6,
         certificates=["Heta arbeten", "Fallskydd", "Säkra lyft"],
         modules=["Arbetsmiljö och säkerhet, bygg", "Heta arbeten", "Husbyggnadsprocessen", "Måleri grund",
                  "Praktiskt byggarbete"],
         description="För dig som vill börja arbeta inom bygg. Förmiddagar med byggsvenska, säkerhet och praktiska "
                     "moment i verkstaden; eftermiddagarna är fria för praktik. Du tar certifikat för heta arbeten, "
                     "fallskydd och säkra lyft."),
    dict(title="Yrkes-SFI Yrkesförare gods (C/CE)", org="lernia", unit="Malmö",
         occupation="distributionsförare", leads_to=["distributionsförare", "fjärrbilsförare"],
         skills=["Lastsäkring", "Distributionskörning", "Yrkeskompetensbevis för förare (YKB)",
                 "Trafiksäkerhetsregler", "Bakgavellyft"],
         swedish="SFI C", exit="SvA grund", licences=["B"], municipality="1280", address="Stenåldersgatan 21, Malmö",
         accepts=["1280", "1281", "1233", "1287", "1231", "1230", "1263"], starts=["2027-02-01"],
         weeks=36, hours=25, schedule=["mon-fri 08:30-14:00"], seats=12, workplace_weeks=6,
         certificates=["C-körkort", "CE-körkort", "YKB grundutbildning", "ADR grund"],
         modules=["Godshantering och lastsäkring", "Yrkestrafik och trafiksäkerhet", "YKB grundutbildning",
                  "Fordonskännedom", "Svenska för yrkesförare"],
         description="Yrkesförarutbildning med svenskstöd. Du tar C- och CE-körkort och YKB och läser svenska med "
                     "trafikord och tekniska termer. Krav: B-körkort. Dagtid måndag till fredag 08.30–14.00, "
                     "med körlektioner både förmiddag och tidig eftermiddag."),
    dict(title="Yrkes-SFI Vård och omsorg Söderslätt", org="trelleborg", unit="Vuxenutbildningen Trelleborg",
         occupation="vårdbiträde", leads_to=["vårdbiträde", "undersköterska"],
         skills=["Basala hygienrutiner inom hälso- och sjukvård", "Personlig omvårdnad", "Äldreomsorg", "Demensvård"],
         swedish="SFI B", exit="SFI D", municipality="1287", address="Kyrkogatan 11, Trelleborg",
         accepts=["1287", "1233", "1263", "1264"], starts=["2027-01-11", "2027-02-15"],
         weeks=30, hours=17, schedule=[MORNINGS], seats=16, workplace_weeks=6,
         certificates=["Intyg basala hygienrutiner"],
         modules=["Vård- och omsorgsarbete 1", "Hygien och smittskydd", "Svenska för vård och omsorg"],
         description="Yrkes-SFI på förmiddagarna för dig som vill arbeta som vårdbiträde på äldreboende eller i "
                     "hemtjänst. Praktik på kommunens äldreboenden ingår. Du går ut med SFI D och kursen "
                     "Vård- och omsorgsarbete 1."),
    dict(title="Yrkes-SFI Lager och truck, heltid", org="helsingborg", unit="Vuxenutbildningen Helsingborg",
         occupation="truckförare", leads_to=["truckförare", "lagerarbetare"],
         skills=["Truckvana", "A-truckar", "B-truckar", "Utbildningsbevis enligt TLP 10 för truckförare",
                 "Lastsäkring"],
         swedish="SFI C", exit="SFI D", municipality="1283", address="Kaserngatan 24, Helsingborg",
         accepts=["1283", "1282", "1284", "1277"], starts=["2027-01-18", "2027-03-15"],
         weeks=16, hours=25, schedule=["mon-fri 08:30-14:00"], seats=14, workplace_weeks=4,
         certificates=["Truckkort A+B"],
         modules=["Lager och logistik 1", "Truckkörning A+B", "Arbetsmiljö och säkerhet"],
         description="Intensiv utbildning på heltid med truckkörning, lagerarbete och yrkessvenska. Helsingborgs "
                     "hamn och logistikföretagen på Berga söker truckförare; praktiken görs hos dem."),
    dict(title="Yrkes-SFI Kök och restaurang", org="folkuniversitetet", unit="Malmö",
         occupation="restaurangbiträde", leads_to=["restaurangbiträde", "köksbiträde", "diskare"],
         skills=["Livsmedelshygien", "Bordsservering", "Kassavana", "Enklare matlagningskunskaper"],
         swedish="SFI B", exit="SFI C", municipality="1280", address="Baltzarsgatan 18, Malmö",
         accepts=["1280", "1233", "1231", "1230", "1281", "1287"], starts=["2026-12-07", "2027-02-01"],
         weeks=20, hours=17, schedule=[MORNINGS], seats=16, workplace_weeks=4,
         certificates=["Hygienintyg"],
         modules=["Livsmedelshygien och egenkontroll", "Service och bemötande", "Svenska för restaurang och kök"],
         description="Svenska för kök och servering på förmiddagarna. Du lär dig hygienregler, beställningar och "
                     "gästbemötande och gör praktik på en restaurang i Malmö. Hygienintyg ingår."),
    dict(title="Yrkes-SFI Vård och omsorg Österlen", org="hermods", unit="Ystad",
         occupation="vårdbiträde", leads_to=["vårdbiträde", "undersköterska", "personlig_assistent"],
         skills=["Basala hygienrutiner inom hälso- och sjukvård", "Omvårdnad", "Äldreomsorg"],
         swedish="SFI C", exit="SvA grund", municipality="1286", address="Surbrunnsvägen 12, Ystad",
         accepts=["1286", "1291", "1270", "1264", "1266"], starts=["2027-01-25"],
         weeks=36, hours=20, schedule=["mon-thu 08:30-13:30"], seats=14, workplace_weeks=8,
         certificates=["Intyg basala hygienrutiner"],
         modules=["Vård- och omsorgsarbete 1", "Hygien och smittskydd", "Gerontologi och geriatrik",
                  "Svenska för vård och omsorg"],
         description="Vård- och omsorgsutbildning med svenska för dig som bor på Österlen eller i Ystadområdet. "
                     "Måndag till torsdag förmiddag i Ystad; praktik på äldreboenden i din hemkommun."),
    dict(title="Yrkes-SFI Bussförare", org="lernia", unit="Malmö",
         occupation="bussförare", leads_to=["bussförare"],
         skills=["Linjetrafik, körning", "Passagerarservice", "Trafiksäkerhetsregler", "Sparsam körning"],
         swedish="SFI D", exit="SvA grund", licences=["B"], municipality="1280", address="Stenåldersgatan 21, Malmö",
         accepts=["1280", "1281", "1233", "1287", "1231", "1230", "1263"], starts=["2027-03-01"],
         weeks=30, hours=25, schedule=["mon-fri 08:30-14:00"], seats=12, workplace_weeks=6,
         certificates=["D-körkort", "YKB grundutbildning"],
         modules=["Yrkestrafik och trafiksäkerhet", "YKB grundutbildning", "Passagerarservice",
                  "Svenska för yrkesförare"],
         description="Bussförarutbildning dagtid med svenskstöd, i samarbete med trafikbolagen i Skåne. Du tar "
                     "D-körkort och YKB. Krav: B-körkort sedan minst två år och SFI D."),
]

# --------------------------------------------------------------------------------------------------------
# Newcomer profiles: one row per person, the details drawn with the fixed seed
# --------------------------------------------------------------------------------------------------------

ORIGINS = {
    "SY": dict(country="Syrien", country_en="Syria", cities=["Damaskus", "Aleppo", "Homs", "Latakia"],
               mother=["Arabiska"], abroad=("Turkiet", ["Istanbul", "Gaziantep"]),
               extra_languages=[("Turkiska", ["A2", "B1"])],
               male=["Ahmad", "Khaled", "Omar", "Yousef", "Samer", "Bassam", "Tarek", "Mahmoud", "Fadi"],
               female=["Rania", "Lina", "Hiba", "Amal", "Rasha", "Dima", "Nour"],
               surnames=["Al-Hassan", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Darwish", "Hamdan",
                         "Kassem", "Youssef"]),
    "ER": dict(country="Eritrea", country_en="Eritrea", cities=["Asmara", "Keren", "Massawa"],
               mother=["Tigrinska/Tigrinja"], abroad=("Sudan", ["Khartoum"]),
               extra_languages=[("Arabiska", ["A2", "B1"]), ("Amhariska/Amarinja", ["B1", "B2"])],
               male=["Yonas", "Mehari", "Tesfay", "Dawit", "Filmon", "Amanuel"],
               female=["Senait", "Selam", "Mebrat", "Rahwa", "Helen", "Luwam"],
               surnames=["Tekle", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tesfamariam", "Woldu"]),
    "AF": dict(country="Afghanistan", country_en="Afghanistan", cities=["Kabul", "Herat", "Mazar-e Sharif"],
               mother=["Dari"], abroad=("Iran", ["Teheran", "Mashhad"]),
               extra_languages=[("Persiska/Farsi", ["B2", "C1"]), ("Pashto", ["A2", "B1"])],
               male=["Hamid", "Farid", "Jawad", "Mustafa", "Sohrab", "Navid", "Rahmatullah", "Sayed"],
               female=["Zahra", "Maryam", "Shabnam", "Fatema"],
               surnames=["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Sultani", "Mohammadi", "Rezaei", "Noori"]),
    "SO": dict(country="Somalia", country_en="Somalia", cities=["Mogadishu", "Hargeisa", "Kismayo"],
               mother=["Somaliska"], abroad=("Kenya", ["Nairobi"]),
               extra_languages=[("Arabiska", ["A2", "B1"])],
               male=["Abdirahman", "Abdullahi", "Liban", "Abdi", "Hassan"],
               female=["Hodan", "Fadumo", "Amina", "Sahra", "Ifrah", "Hawa"],
               surnames=["Farah", "Warsame", "Hussein", "Jama", "Osman", "Mohamud", "Abdi"]),
    "KU": dict(country="Irak", country_en="Iraq", cities=["Erbil", "Sulaymaniyya", "Duhok", "Kirkuk"],
               mother=["Kurdiska - Sorani"], abroad=("Turkiet", ["Istanbul"]),
               extra_languages=[("Arabiska", ["B1", "B2"])],
               male=["Rebin", "Shvan", "Karwan", "Dilshad", "Azad"],
               female=["Shilan", "Rezan", "Avin", "Nazdar"],
               surnames=["Qadir", "Aziz", "Hamad", "Karim", "Rasul", "Salih"]),
    "IR": dict(country="Iran", country_en="Iran", cities=["Teheran", "Shiraz", "Isfahan", "Tabriz"],
               mother=["Persiska/Farsi"], abroad=("Turkiet", ["Istanbul"]),
               extra_languages=[],
               male=["Reza", "Behrouz", "Kian"], female=["Parisa", "Mina", "Leila", "Nasrin"],
               surnames=["Moradi", "Jafari", "Kazemi", "Sadeghi"]),
    "UA": dict(country="Ukraina", country_en="Ukraine", cities=["Charkiv", "Kyiv", "Odesa", "Dnipro", "Zaporizjzja"],
               mother=["Ukrainska"], abroad=("Polen", ["Warszawa"]),
               extra_languages=[("Ryska", ["C1", "native"])],
               male=["Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola"],
               female=["Olena", "Iryna", "Tetiana", "Nataliia", "Oksana"],
               surnames=["Kovalenko", "Bondarenko", "Shevchuk", "Tkachenko", "Melnyk", "Kravchenko", "Marchenko"]),
}

# background -> occupations the first experience is drawn from, fields of interest, occupations wished for
BACKGROUNDS = {
    "care": dict(occupations=["undersköterska", "vårdbiträde", "vårdbiträde", "personlig_assistent", "hemvårdare"],
                 fields=["Hälso- och sjukvård", "Yrken med social inriktning"],
                 wishes=["undersköterska", "vårdbiträde"], wish_sv="vården eller äldreomsorgen",
                 wish_en="elderly care"),
    "nurse": dict(occupations=["sjuksköterska"], fields=["Hälso- och sjukvård"],
                  wishes=["undersköterska"], wish_sv="vården, först som undersköterska",
                  wish_en="healthcare, first as an assistant nurse"),
    "warehouse": dict(occupations=["lagerarbetare", "lagerarbetare", "packare", "truckförare"],
                      fields=["Transport, distribution, lager"], wishes=["lagerarbetare", "truckförare"],
                      wish_sv="lager och logistik", wish_en="warehouse and logistics"),
    "forklift": dict(occupations=["truckförare"], fields=["Transport, distribution, lager"],
                     wishes=["truckförare"], wish_sv="lager, helst som truckförare", wish_en="driving forklifts"),
    "restaurant": dict(occupations=["restaurangbiträde", "köksbiträde", "diskare", "pizzabagare", "servitör",
                                    "bagare"],
                       fields=["Hotell, restaurang, storhushåll"], wishes=["köksbiträde", "restaurangbiträde"],
                       wish_sv="restaurang eller kök", wish_en="restaurants and kitchens"),
    "cook": dict(occupations=["kock_alacarte", "kock_storhushåll"], fields=["Hotell, restaurang, storhushåll"],
                 wishes=["kock_storhushåll"], wish_sv="kök, gärna som kock", wish_en="kitchens, as a cook"),
    "cleaning": dict(occupations=["städare", "städare", "sjukhusstädare", "byggstädare"],
                     fields=["Sanering och renhållning"], wishes=["städare"], wish_sv="städ och lokalvård",
                     wish_en="cleaning"),
    "construction": dict(occupations=["grovarbetare", "murare_utan_yrkesbevis", "plattsättare_utan_yrkesbevis",
                                      "snickare_utan_yrkesbevis"],
                         fields=["Bygg och anläggning"], wishes=["grovarbetare"], wish_sv="bygg",
                         wish_en="construction"),
    "painter": dict(occupations=["målare"], fields=["Bygg och anläggning"], wishes=["målare"],
                    wish_sv="måleri eller bygg", wish_en="painting and construction"),
    "carpenter": dict(occupations=["snickare_utan_yrkesbevis"], fields=["Bygg och anläggning"],
                      wishes=["snickare"], wish_sv="bygg som snickare", wish_en="carpentry"),
    "lorry": dict(occupations=["distributionsförare", "fjärrbilsförare"], fields=["Transport, distribution, lager"],
                  wishes=["distributionsförare"], wish_sv="transport som lastbilschaufför",
                  wish_en="transport as a lorry driver"),
    "transport": dict(occupations=["budbilsförare", "taxiförare", "budbilsförare"],
                      fields=["Transport, distribution, lager"], wishes=["budbilsförare", "distributionsförare"],
                      wish_sv="transport, gärna som chaufför", wish_en="transport, as a driver"),
    "bus": dict(occupations=["bussförare"], fields=["Transport, distribution, lager"], wishes=["bussförare"],
                wish_sv="kollektivtrafiken som bussförare", wish_en="public transport as a bus driver"),
    "teacher": dict(occupations=["lärare"], fields=["Pedagogik", "Yrken med social inriktning"],
                    wishes=["personlig_assistent"], wish_sv="skola eller omsorg", wish_en="schools or care"),
    "tailor": dict(occupations=["skräddare"], fields=["Hantverk", "Sanering och renhållning"],
                   wishes=["städare"], wish_sv="hantverk, men jag tar gärna annat arbete också",
                   wish_en="crafts, but I am open to other work"),
    "none": dict(occupations=[], fields=["Hotell, restaurang, storhushåll", "Sanering och renhållning"],
                 wishes=["köksbiträde"], wish_sv="kök eller städ", wish_en="kitchens or cleaning"),
}

# A side job some people had (drawn for about a third of the profiles).
SIDE_JOBS = ["restaurangbiträde", "butikssäljare", "städare", "lagerarbetare", "pizzabagare", "packare"]

# (home municipality, origin, gender, background, education level, childcare constraint)
PROFILE_PLAN = [
    ("1280", "SY", "female", "care", "gymnasial", True),
    ("1280", "SY", "male", "lorry", "gymnasial", False),
    ("1280", "ER", "female", "cleaning", "forgymnasial", True),
    ("1280", "AF", "male", "warehouse", "forgymnasial", False),
    ("1280", "SO", "female", "care", "forgymnasial", True),
    ("1280", "UA", "female", "nurse", "eftergymnasial", False),
    ("1280", "SY", "male", "cook", "gymnasial", False),
    ("1280", "KU", "male", "construction", "forgymnasial", False),
    ("1280", "ER", "male", "warehouse", "gymnasial", False),
    ("1280", "AF", "female", "restaurant", "forgymnasial", True),
    ("1280", "SO", "male", "transport", "gymnasial", False),
    ("1280", "IR", "female", "teacher", "eftergymnasial", True),
    ("1280", "SY", "female", "nurse", "eftergymnasial", False),
    ("1280", "UA", "male", "carpenter", "eftergymnasial", False),
    ("1280", "ER", "female", "restaurant", "gymnasial", False),
    ("1280", "AF", "male", "cleaning", "forgymnasial", False),
    ("1280", "SY", "male", "painter", "gymnasial", False),
    ("1280", "SO", "female", "cleaning", "forgymnasial", False),
    ("1280", "KU", "female", "care", "gymnasial", True),
    ("1280", "UA", "male", "transport", "gymnasial", False),
    ("1280", "SY", "male", "warehouse", "eftergymnasial", False),
    ("1280", "AF", "male", "restaurant", "gymnasial", True),
    ("1280", "ER", "male", "care", "forgymnasial", False),
    ("1280", "SO", "female", "none", "forgymnasial", True),
    ("1280", "IR", "male", "tailor", "eftergymnasial", False),
    ("1287", "SY", "male", "warehouse", "forgymnasial", False),
    ("1287", "ER", "female", "care", "gymnasial", True),
    ("1287", "AF", "male", "forklift", "gymnasial", False),
    ("1287", "UA", "female", "restaurant", "eftergymnasial", False),
    ("1287", "SO", "male", "cleaning", "forgymnasial", False),
    ("1283", "SY", "female", "restaurant", "gymnasial", False),
    ("1283", "KU", "male", "bus", "gymnasial", False),
    ("1283", "AF", "female", "care", "eftergymnasial", False),
    ("1283", "ER", "male", "restaurant", "forgymnasial", False),
    ("1283", "UA", "female", "warehouse", "eftergymnasial", True),
    ("1291", "SY", "female", "cleaning", "forgymnasial", True),
    ("1291", "ER", "male", "construction", "gymnasial", False),
    ("1291", "AF", "male", "cleaning", "gymnasial", False),
    ("1266", "SY", "male", "construction", "gymnasial", False),
    ("1266", "SO", "female", "care", "gymnasial", False),
    ("1266", "KU", "male", "carpenter", "gymnasial", True),
    ("1281", "IR", "female", "cook", "eftergymnasial", False),
    ("1281", "SY", "male", "transport", "eftergymnasial", False),
    ("1286", "ER", "female", "cleaning", "forgymnasial", False),
    ("1286", "AF", "male", "restaurant", "gymnasial", False),
    ("1282", "SO", "male", "warehouse", "gymnasial", False),
    ("1282", "SY", "female", "care", "gymnasial", True),
    ("1285", "KU", "female", "cleaning", "gymnasial", False),
    ("1270", "AF", "male", "construction", "forgymnasial", False),
    ("1233", "UA", "male", "lorry", "eftergymnasial", False),
]

EDUCATION_FIELDS = {
    "gymnasial": ["Allmän gymnasieutbildning", "Ekonomi", "Teknik", "Naturvetenskap", "Yrkesutbildning, bygg",
                  "Yrkesutbildning, vård"],
    "eftergymnasial": {"nurse": "Sjuksköterskeutbildning", "teacher": "Lärarutbildning", "tailor": "Textil och design",
                       "carpenter": "Byggnadsingenjör", "cook": "Hotell- och restaurangutbildning",
                       "transport": "Maskiningenjör", "lorry": "Maskiningenjör", "warehouse": "Ekonomi", "care": "Socialt arbete",
                       "restaurant": "Turism och service"},
}

# --------------------------------------------------------------------------------------------------------
# Validation results: (trade of the experience, occupation validated, standard, organisation, result)
# --------------------------------------------------------------------------------------------------------

# (occupation validated, standard, organisation, modules missing: empty for a full result). Every missing
# module is one a course leading to that occupation lists, so the course can fill the gap.
USK = "Vård- och omsorgscollege, yrkeskompetens undersköterska"
VALIDATIONS = [
    ("undersköterska", USK, "VALLE Skåne", ["Vård- och omsorgsarbete 1", "Svenska för vård och omsorg"]),
    ("undersköterska", USK, "VALLE Skåne", []),
    ("undersköterska", USK, "Komvux Malmö, validering", ["Etik och människans livsvillkor"]),
    ("vårdbiträde", "Vård- och omsorgscollege, kompetensbevis vårdbiträde", "VALLE Skåne", []),
    ("lagerarbetare", "Yrkesbevis lager och logistik (TYA)", "Lernia validering", []),
    ("truckförare", "Truckförare enligt TLP 10 (TYA)", "Lernia validering", ["Truckkörning A+B"]),
    ("köksbiträde", "Branschvalidering restaurang- och köksbiträde", "Hermods validering",
     ["Livsmedelshygien och egenkontroll"]),
    ("kock_storhushåll", "Branschvalidering kock", "Lernia validering", ["Storköksteknik", "Livsmedelshygien och egenkontroll"]),
    ("städare", "Yrkesbevis lokalvård (SRY)", "Folkuniversitetet validering", []),
    ("städare", "Yrkesbevis lokalvård (SRY)", "VALLE Skåne", ["Golvvård", "Kemikaliehantering och arbetsmiljö"]),
    ("grovarbetare", "Validering grovarbetare, bygg och anläggning (BYN)", "VALLE Skåne",
     ["Arbetsmiljö och säkerhet, bygg", "Heta arbeten"]),
    ("distributionsförare", "Branschvalidering yrkesförare gods (TYA)", "Lernia validering", ["YKB grundutbildning"]),
]

# ========================================================================================================
# Taxonomy loading
# ========================================================================================================


class Taxonomy:
    """The parts of the taxonomy copies the tables need, with lookups that fail loudly."""

    def __init__(self, resources):
        tax, geo = resources / "taxonomy", resources / "geo"
        self.occupations, self.group_of, self.groups = {}, {}, {}
        for level1 in concepts(tax / "the-ssyk-hierarchy-with-occupations.json"):
            self._walk(level1)
        self.group_skills = {g["id"]: {s["id"] for s in g.get("related", [])}
                             for g in concepts(tax / "ssyk-level-4-groups-with-related-skills.json")}
        self.skill_by_label = {s["preferred_label"]: s["id"] for s in concepts(tax / "skills.json")}
        self.language_by_label = {l["preferred_label"]: l["id"] for l in concepts(tax / "languages.json")}
        self.licence_by_label = {r["preferred_label"]: r["concept_id"] for r in read_csv(tax / "driving-licence.csv")}
        self.field_by_label = {r["preferred_label"]: r["concept_id"] for r in read_csv(tax / "occupation-field.csv")}
        self.field_of_group = {r["ssyk_level_4_concept_id"]: r["occupation_field_concept_id"]
                               for r in read_csv(tax / "ssyk-level-4-to-occupation-field.csv")}
        self.municipalities = {r["code"]: r["name"] for r in read_csv(geo / "municipalities.csv")}

    def _walk(self, node):
        if node.get("type") == "ssyk-level-4":
            self.groups[node["id"]] = node["ssyk_code_2012"]
            for o in node.get("narrower", []):
                self.occupations[o["id"]] = o["preferred_label"]
                self.group_of[o["id"]] = node["id"]
            return
        for child in node.get("narrower", []):
            self._walk(child)

    def occupation(self, key):
        concept_id, label = OCCUPATIONS[key]
        if self.occupations.get(concept_id) != label:
            fail(f"occupation {key}: {concept_id} is {self.occupations.get(concept_id)!r}, expected {label!r}")
        return concept_id

    def ssyk(self, key):
        return self.groups[self.group_of[self.occupation(key)]]

    def field_of(self, key):
        return self.field_of_group[self.group_of[self.occupation(key)]]

    def skill(self, label, occupation_key):
        """A skill by label; it must be one JobTech relates to the occupation's SSYK-4 group."""
        concept_id = self.skill_by_label.get(label) or fail(f"unknown skill {label!r}")
        group = self.group_of[self.occupation(occupation_key)]
        if concept_id not in self.group_skills.get(group, set()):
            fail(f"skill {label!r} is not related to the group of {occupation_key} ({self.groups[group]})")
        return concept_id

    def skills_for(self, occupation_key):
        return SKILLS_BY_SSYK[self.ssyk(occupation_key)]

    def language(self, label):
        return self.language_by_label.get(label) or fail(f"unknown language {label!r}")

    def licence(self, label):
        return self.licence_by_label.get(label) or fail(f"unknown driving licence {label!r}")

    def field(self, label):
        return self.field_by_label.get(label) or fail(f"unknown occupation field {label!r}")

    def municipality(self, code):
        if self.municipalities.get(code) != MUNICIPALITIES.get(code):
            fail(f"municipality {code}: {self.municipalities.get(code)!r} vs table {MUNICIPALITIES.get(code)!r}")
        return code


def concepts(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["data"]["concepts"]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def fail(message):
    sys.exit("generate-demo-data: " + message)


# ========================================================================================================
# Small helpers
# ========================================================================================================

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def schedule(text):
    """'mon-fri 13:00-17:00' or 'mon,wed 08:30-12:00' -> a schedule block."""
    days_part, time_part = text.split()
    if "-" in days_part:
        first, last = days_part.split("-")
        days = DAYS[DAYS.index(first):DAYS.index(last) + 1]
    else:
        days = days_part.split(",")
    start, end = time_part.split("-")
    return {"days": days, "start": start, "end": end}


def schedule_hours(blocks):
    total = 0
    for b in blocks:
        (h1, m1), (h2, m2) = (map(int, b["start"].split(":")), map(int, b["end"].split(":")))
        total += ((h2 * 60 + m2) - (h1 * 60 + m1)) * len(b["days"])
    return total / 60


def iso(d):
    return d.isoformat()


def parse_date(s):
    return dt.date.fromisoformat(s)


def end_date(start, weeks):
    """The last day of a period of whole weeks."""
    return iso(parse_date(start) + dt.timedelta(weeks=weeks) - dt.timedelta(days=1))


def with_wrong_check_digit(nine_or_more_digits):
    """Appends a digit that fails the Luhn check over the last nine digits (as Swedish numbers use)."""
    digits = [int(c) for c in nine_or_more_digits[-9:]]
    total = 0
    for i, d in enumerate(digits):
        p = d * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    correct = (10 - total % 10) % 10
    return nine_or_more_digits + str((correct + 5) % 10)


def organisation(key, unit=None):
    name, digits, kind = ORGANISATIONS[key]
    number = with_wrong_check_digit(digits)
    return {"name": f"{name}, {unit}" if unit else name, "organisation_number": number[:6] + "-" + number[6:],
            "type": kind}


def location(tax, code, address):
    return {"municipality": tax.municipality(code), "address": address}


def skills_wanted(tax, occupation_key, pairs):
    return [{"skill": tax.skill(label, occupation_key), "required": required} for label, required in pairs]


def ascii_slug(name):
    return name.lower().replace(" ", "-")


def join_sv(words):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " och " + words[-1]


def join_en(words):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


NUMBERS_SV = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
              "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo"]
NUMBERS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
              "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def years_sv(y):
    if y == 0.25:
        return "tre månader"
    if y == 0.5:
        return "ett halvt år"
    if y == 1.5:
        return "ett och ett halvt år"
    return f"{NUMBERS_SV[int(y)]} år"


def years_en(y):
    if y == 0.25:
        return "three months"
    if y == 0.5:
        return "six months"
    if y == 1.5:
        return "a year and a half"
    return "one year" if y == 1 else f"{NUMBERS_EN[int(y)]} years"


def number(y):
    return int(y) if float(y).is_integer() else y


# ========================================================================================================
# Openings
# ========================================================================================================


def job_record(tax, record_id, j, own):
    """A placement or an extra job: the fields both have, then the kind's own fields (`own`, in output order)."""
    blocks = [schedule(s) for s in j["schedule"]]
    check_hours(j["title"], j["hours"], blocks)
    record = {
        "id": record_id,
        "title": j["title"],
        "organisation": organisation(j["org"], j["unit"]),
        "occupation": tax.occupation(j["occupation"]),
        "skills": skills_wanted(tax, j["occupation"], j["skills"]),
    }
    if j["swedish"]:
        record["swedish_required"] = j["swedish"]
    if j.get("languages"):
        record["languages_asset"] = [tax.language(l) for l in j["languages"]]
    if j["licences"]:
        record["driving_licences"] = [tax.licence(l) for l in j["licences"]]
    record.update({
        "location": location(tax, j["municipality"], j["address"]),
        "seats": j["seats"],
        "start_date": j["start"],
        "end_date": end_date(j["start"], j["weeks"]),
        "duration_weeks": j["weeks"],
        "hours_per_week": j["hours"],
        "schedule": blocks,
    })
    record.update(own)
    return record


def build_placements(tax):
    return [job_record(tax, f"demo-placement-{i:02d}", p, {
        "supervisor_available": p["supervisor"],
        "description": p["description"],
    }) for i, p in enumerate(PLACEMENTS, 1)]


def build_extra_jobs(tax):
    return [job_record(tax, f"demo-extra-job-{i:02d}", e, {
        "eligibility": e["eligibility"],
        "combinable_with_studies": e["combinable"],
        "description": e["description"],
    }) for i, e in enumerate(EXTRA_JOBS, 1)]


def build_courses(tax):
    out = []
    for i, c in enumerate(COURSES, 1):
        blocks = [schedule(s) for s in c["schedule"]]
        check_hours(c["title"], c["hours"], blocks)
        record = {
            "id": f"demo-course-{i:02d}",
            "title": c["title"],
            "organisation": organisation(c["org"], c["unit"]),
            "occupation": tax.occupation(c["occupation"]),
            "leads_to": [tax.occupation(k) for k in c["leads_to"]],
            "occupation_field": tax.field_of(c["occupation"]),
            "skills": [{"skill": tax.skill(label, skill_owner(tax, label, c)), "required": False}
                       for label in c["skills"]],
            "swedish_required": c["swedish"],
            "swedish_exit": c["exit"],
        }
        if c.get("licences"):
            record["driving_licences"] = [tax.licence(l) for l in c["licences"]]
        record.update({
            "location": location(tax, c["municipality"], c["address"]),
            "accepts_residents_of": [tax.municipality(m) for m in c["accepts"]],
            "seats": c["seats"],
            "start_dates": c["starts"],
            "duration_weeks": c["weeks"],
            "hours_per_week": c["hours"],
            "schedule": blocks,
            "certificates": c["certificates"],
            "workplace_training_weeks": c["workplace_weeks"],
            "modules": c["modules"],
            "description": c["description"],
        })
        out.append(record)
    return out


def skill_owner(tax, label, course):
    """The first occupation the course leads to whose group the skill belongs to."""
    for key in [course["occupation"]] + course["leads_to"]:
        concept_id = tax.skill_by_label.get(label)
        if concept_id in tax.group_skills.get(tax.group_of[tax.occupation(key)], set()):
            return key
    fail(f"course {course['title']!r}: skill {label!r} belongs to none of its occupations")


def check_hours(title, hours, blocks):
    if hours > schedule_hours(blocks):
        fail(f"{title!r}: {hours} hours per week but the schedule has {schedule_hours(blocks)}")


# ========================================================================================================
# Profiles
# ========================================================================================================


class People:
    """Draws names without repeats, per origin and gender."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def name(self, origin, gender):
        o = ORIGINS[origin]
        firsts = [n for n in o["male" if gender == "male" else "female"] if (origin, n) not in self.used]
        first = self.rng.choice(firsts)
        self.used.add((origin, first))
        return first, self.rng.choice(o["surnames"])


def birth_date(rng):
    year = round(rng.triangular(1968, 2004, 1992))
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def identity_number(born, gender, rng):
    serial = f"{rng.randint(10, 99)}{rng.choice([1, 3, 5, 7, 9] if gender == 'male' else [0, 2, 4, 6, 8])}"
    digits = born.strftime("%y%m%d") + serial
    full = with_wrong_check_digit(digits)
    return born.strftime("%Y%m%d") + "-" + full[6:]


def education(rng, level, background):
    if level == "forgymnasial":
        years = rng.choice([0, 3, 5, 6, 6, 8, 9, 9])
        return {"level": "forgymnasial", "years": years, "recognised": False}
    if level == "gymnasial":
        field = "Yrkesutbildning, vård" if background in ("care", "nurse") and rng.random() < 0.5 else (
            "Yrkesutbildning, bygg" if background in ("construction", "carpenter", "painter") and rng.random() < 0.5
            else rng.choice(EDUCATION_FIELDS["gymnasial"][:4]))
        return {"level": "gymnasial", "years": rng.choice([11, 12, 12]), "recognised": False, "field": field}
    field = EDUCATION_FIELDS["eftergymnasial"].get(background, "Ekonomi")
    return {"level": "eftergymnasial", "years": rng.choice([14, 15, 16, 16, 17]),
            "recognised": rng.random() < 0.35, "field": field}


def swedish(rng, edu, prog):
    """SFI path by schooling; the last passed course is drawn, then capped by the time since the permit."""
    years = edu["years"]
    if edu["level"] == "eftergymnasial":
        path = 3
    elif edu["level"] == "gymnasial":
        path = 3 if rng.random() < 0.25 else 2
    else:
        path = 1 if years <= 6 else rng.choice([1, 2])
    passed = rng.choice({1: [None, "A", "A", "B", "B", "C"], 2: [None, "B", "C", "C", "D"],
                         3: ["C", "D", "D", None]}[path])
    months = months_between(parse_date(prog["residence_permit_date"]), TODAY)
    first = "ABC"[path - 1]
    if passed and months < 6:
        passed = None
    elif passed and months < 12 and passed > chr(ord(first) + 1):
        passed = chr(ord(first) + 1)
    out = {"sfi_path": path}
    if passed:
        out["sfi_course_passed"] = passed
    if passed == "D" and rng.random() < 0.4:
        out["level"] = rng.choice(["B1", "SvA grund"])
    elif passed is None and path == 3 and rng.random() < 0.6:
        out["level"] = "A2"
    return out


def other_languages(rng, origin, edu):
    out = []
    english = {"forgymnasial": [None, None, "A1", "A2"], "gymnasial": ["A2", "B1", "B1", "B2"],
               "eftergymnasial": ["B1", "B2", "B2", "C1"]}[edu["level"]]
    level = rng.choice(english)
    if level:
        out.append(("Engelska", level))
    for label, levels in ORIGINS[origin]["extra_languages"]:
        if rng.random() < 0.6:
            out.append((label, rng.choice(levels)))
    return out


def experiences(rng, background, born, origin, municipality, prog):
    """1–3 work experiences (none for the 'none' background): the background occupation, sometimes a side job,
    and for some who arrived before spring 2026 a short work practice in Sweden."""
    if background == "none":
        return []
    o = ORIGINS[origin]
    b = BACKGROUNDS[background]
    max_years = max(1, min(15, 2026 - born.year - 18))
    country, cities = o["abroad"] if rng.random() < 0.2 else (o["country"], o["cities"])
    key = rng.choice(b["occupations"])
    out = [dict(key=key, years=rng.choice([y for y in [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12] if y <= max_years]),
                country=country, city=rng.choice(cities))]
    if rng.random() < 0.3:
        side = rng.choice([s for s in SIDE_JOBS if s != key])
        out.append(dict(key=side, years=rng.choice([0.5, 1, 2]), country=o["country"], city=rng.choice(o["cities"])))
    if prog.get("start_date", "9999") < "2026-03-01" and rng.random() < 0.35:
        out.append(dict(key=b["wishes"][0], years=0.25, country="Sverige", city=MUNICIPALITIES[municipality],
                        practice=True))
    return out


def experience_record(tax, e, english):
    sv, en, tasks_sv, tasks_en = OCCUPATION_WORDS[e["key"]]
    if e.get("practice"):
        description = (f"Work placement through Arbetsförmedlingen, twelve weeks: {tasks_en}." if english
                       else f"Praktik via Arbetsförmedlingen i tolv veckor: {tasks_sv}.")
    elif english:
        description = f"Worked as {en} in {e['city']}: {tasks_en}."
    else:
        description = f"Arbetade som {sv} i {e['city']}: {tasks_sv}."
    return {"occupation": tax.occupation(e["key"]), "years": number(e["years"]), "country": e["country"],
            "description": description}


def skill_claims(rng, tax, exps):
    claims, seen = [], set()
    for n, e in enumerate(exps):
        labels = tax.skills_for(e["key"])
        count = rng.randint(2, 4) if n == 0 else 1
        for label in rng.sample(labels, min(count, len(labels))):
            concept_id = tax.skill(label, e["key"])
            if concept_id in seen:
                continue
            seen.add(concept_id)
            evidence = "coach_assessed" if rng.random() < 0.3 else "self_reported"
            claims.append({"skill": concept_id, "evidence": evidence, "_label": label})
    return claims


def licences(rng, background, gender, exps):
    keys = {e["key"] for e in exps}
    if background == "bus":
        return ["B", "D"]
    if background == "lorry":
        return ["B", "C", "CE"]
    if background == "transport" or keys & {"budbilsförare", "taxiförare"}:
        return ["B"]
    if gender == "male" and background in ("construction", "carpenter", "warehouse") and rng.random() < 0.2:
        return ["B", "C"]
    return ["B"] if rng.random() < (0.4 if gender == "male" else 0.2) else []


def availability(rng, childcare, background):
    start = dt.date(2026, 12, 1) + dt.timedelta(weeks=rng.choice([0, 0, 1, 2, 3, 5, 6, 7]))
    if childcare:
        hours = rng.choice([20, 25, 25, 30])
        slots = [schedule("mon-fri 08:30-15:00")]
    else:
        hours = rng.choice([25, 30, 35, 40, 40])
        slots = [schedule("mon-fri 08:00-17:00")]
        if background in ("restaurant", "cook", "transport", "lorry") and rng.random() < 0.6:
            slots = [schedule("mon-fri 08:00-21:00"), schedule("sat-sun 10:00-21:00")]
    return {"start_date": iso(start), "hours_per_week": hours, "slots": slots, "childcare_constraint": childcare}


def preferences(rng, tax, background, municipality, childcare):
    b = BACKGROUNDS[background]
    rural = municipality in ("1291", "1266", "1270", "1286")
    out = {"occupation_fields": [tax.field(f) for f in b["fields"]]}
    if rng.random() < 0.4:
        out["occupations"] = [tax.occupation(k) for k in b["wishes"]]
    minutes = rng.choice([30, 45, 45, 60]) if childcare else rng.choice([45, 60, 60, 75, 90])
    km = rng.choice([30, 40, 50, 60]) if rural else rng.choice([15, 20, 25, 30, 40])
    out.update({"max_commute_minutes": minutes, "max_commute_km": km})
    return out


def programme(rng, origin, index):
    """Ukrainians have temporary protection (no establishment programme); one person is not yet enrolled."""
    if origin == "UA":
        permit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
        return {"registered": False, "residence_permit_date": iso(permit)}
    start = dt.date(2024, 12, 1) + dt.timedelta(days=rng.randint(0, (dt.date(2026, 10, 31) - dt.date(2024, 12, 1)).days))
    permit = start - dt.timedelta(days=rng.randint(20, 120))
    if index == 24:  # arrived through family reunification, enrolment meeting booked
        return {"registered": False, "residence_permit_date": iso(dt.date(2026, 10, 12))}
    return {"start_date": iso(start), "registered": True, "residence_permit_date": iso(permit)}


def months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month


def months_left(prog):
    """Of the establishment programme's 24 months."""
    if "start_date" not in prog:
        return None
    return 24 - months_between(parse_date(prog["start_date"]), TODAY)


def cv_text(rng, first, origin, exps, lic, langs, sw, background, childcare):
    """2–5 sentences of free text, in Swedish or (for some) English, the way newcomers write them.
    langs: (JobTech label, CEFR level or None for a mother tongue)."""
    english = rng.random() < (0.7 if origin == "UA" else 0.2)
    o = ORIGINS[origin]
    work = [e for e in exps if not e.get("practice")][:2]
    practice = [e for e in exps if e.get("practice")]
    passed = sw.get("sfi_course_passed")
    sentences = []  # (text, droppable): droppable sentences go first when there are more than five

    def add(text, droppable=False):
        sentences.append((text, droppable))

    if english:
        add(f"My name is {first} and I come from {o['country_en']}.")
        for n, e in enumerate(work):
            _, en, _, tasks_en = OCCUPATION_WORDS[e["key"]]
            if n == 0:
                add(f"I worked as {en} in {e['city']} for {years_en(e['years'])}, mostly {tasks_en}.")
            else:
                add(f"I have also worked as {en} for {years_en(e['years'])}.", True)
        if practice:
            add(f"In {practice[0]['city']} I did a three-month work placement as "
                f"{OCCUPATION_WORDS[practice[0]['key']][1]}.", True)
        if "CE" in lic:
            add("I have driving licences B, C and CE.")
        elif "D" in lic:
            add("I have a bus licence (D) and a B licence.")
        elif "B" in lic:
            add("I have a B driving licence.")
        names = [("some " if level in ("A1", "A2") else "") + LANGUAGE_WORDS[l][1] for l, level in langs]
        add(f"I speak {join_en(names)}" + (f" and I have passed SFI course {passed}." if passed
                                           else " and I am learning Swedish at SFI."))
        add(f"I would like to work in {BACKGROUNDS[background]['wish_en']}.")
    else:
        add(f"Jag heter {first} och kommer från {o['country']}.")
        for n, e in enumerate(work):
            sv, _, tasks_sv, _ = OCCUPATION_WORDS[e["key"]]
            where = e["city"] if e["country"] == o["country"] else f"{e['city']} i {e['country']}"
            if n == 0:
                add(rng.choice([
                    f"Jag har arbetat som {sv} i {where} i {years_sv(e['years'])}.",
                    f"I {where} jobbade jag som {sv} i {years_sv(e['years'])}, mest med {tasks_sv}.",
                ]))
            else:
                add(f"Jag har också jobbat som {sv} i {years_sv(e['years'])}.", True)
        if practice:
            add(f"I {practice[0]['city']} har jag gjort praktik som {OCCUPATION_WORDS[practice[0]['key']][0]} "
                "i tre månader.", True)
        if "CE" in lic:
            add("Jag har körkort B, C och CE.")
        elif "D" in lic:
            add("Jag har körkort för buss (D) och B-körkort.")
        elif "B" in lic:
            add("Jag har B-körkort.")
        names = [("lite " if level in ("A1", "A2") else "") + LANGUAGE_WORDS[l][0] for l, level in langs]
        add(f"Jag pratar {join_sv(names)}" + (f" och har klarat SFI kurs {passed}." if passed and rng.random() < 0.5
                                              else "."))
        if childcare and rng.random() < 0.6:
            add("Jag har små barn och kan arbeta dagtid.", True)
        add(f"Jag vill gärna arbeta inom {BACKGROUNDS[background]['wish_sv']}.")
    while len(sentences) > 5:
        last_droppable = max(i for i, (_, droppable) in enumerate(sentences) if droppable)
        del sentences[last_droppable]
    return " ".join(text for text, _ in sentences)


def coach_notes(rng, prof, exps):
    notes = []
    left = months_left(prof["programme"])
    if left is not None and left <= 6:
        notes.append(f"Cirka {left} {'månad' if left == 1 else 'månader'} kvar i etableringsprogrammet; "
                     "prioritera insats som leder till anställning.")
    if not prof["programme"]["registered"]:
        notes.append("Uppehållstillstånd med tillfälligt skydd (massflyktingdirektivet), inte i etableringsprogrammet."
                     if "start_date" not in prof["programme"] and prof["_origin"] == "UA"
                     else "Ännu inte inskriven i etableringsprogrammet; inskrivningsmöte bokat.")
    if prof["availability"]["childcare_constraint"]:
        notes.append("Hämtar barn på förskolan, kan inte arbeta efter kl. 15.")
    if prof["education"].get("level") == "eftergymnasial" and not prof["education"]["recognised"]:
        notes.append("Har ansökt om bedömning av utländsk utbildning hos UHR.")
    if exps and TRADE_OF[exps[0]["key"]] in ("care", "warehouse", "restaurant", "cleaning") and rng.random() < 0.5:
        notes.append("Intresserad av validering av yrkeskunskaperna.")
    if rng.random() < 0.3:
        notes.append("Vill kombinera SFI på förmiddagar med praktik på eftermiddagar.")
    return " ".join(notes[:3]) if notes else None


def build_profiles(tax, rng):
    people = People(rng)
    profiles = []
    for i, (municipality, origin, gender, background, edu_level, childcare) in enumerate(PROFILE_PLAN, 1):
        first, last = people.name(origin, gender)
        born = birth_date(rng)
        edu = education(rng, edu_level, background)
        prog = programme(rng, origin, i)
        sw = swedish(rng, edu, prog)
        others = other_languages(rng, origin, edu)
        exps = experiences(rng, background, born, origin, municipality, prog)
        lic = licences(rng, background, gender, exps)
        mother = list(ORIGINS[origin]["mother"])
        if origin == "UA" and rng.random() < 0.3:
            mother.append("Ryska")
            others = [o for o in others if o[0] != "Ryska"]
        english_descriptions = origin == "UA"
        prof = {
            "id": f"demo-profile-{i:02d}",
            "municipality": tax.municipality(municipality),
            "personal": {
                "name": f"{first} {last}",
                "email": f"{ascii_slug(first)}.{ascii_slug(last)}@example.com",
                "phone": f"070-000 00 {i:02d}",
                "personal_identity_number": identity_number(born, gender, rng),
            },
            "gender": gender,
            "languages": {
                "mother_tongues": [tax.language(l) for l in mother],
                "swedish": sw,
                "other": [{"language": tax.language(l), "cefr": c} for l, c in others],
            },
            "education": edu,
            "experience": [experience_record(tax, e, english_descriptions) for e in exps],
            "skills": [{k: v for k, v in c.items() if not k.startswith("_")} for c in skill_claims(rng, tax, exps)],
            "driving_licences": [tax.licence(l) for l in lic],
            "availability": availability(rng, childcare, background),
            "preferences": preferences(rng, tax, background, municipality, childcare),
            "programme": prog,
            "_origin": origin,
            "_exps": exps,
        }
        for key in ("experience", "skills", "driving_licences"):
            if not prof[key]:
                del prof[key]
        if not prof["languages"]["other"]:
            del prof["languages"]["other"]
        if rng.random() < 0.55:
            prof["cv_text"] = cv_text(rng, first, origin, exps, lic, [(l, None) for l in mother] + others, sw,
                                      background, childcare)
        notes = coach_notes(rng, prof, exps) if rng.random() < 0.45 else None
        if notes:
            prof["coach_notes"] = notes
        profiles.append(prof)
    return profiles


def public(record):
    return {k: v for k, v in record.items() if not k.startswith("_")}


# ========================================================================================================
# Validation results
# ========================================================================================================


def build_validations(tax, rng, profiles):
    used, out = set(), []
    for i, (occupation_key, standard, org, missing) in enumerate(VALIDATIONS, 1):
        result = "partial" if missing else "full"
        offered = {m for c in COURSES if occupation_key in c["leads_to"] for m in c["modules"]}
        if set(missing) - offered:
            fail(f"validation {i}: no course leading to {occupation_key} has module(s) {sorted(set(missing) - offered)}")
        candidates = [p for p in profiles if p["id"] not in used and p.get("_exps")
                      and fits(occupation_key, p["_exps"][0]["key"]) and earliest_validation(p) <= LAST_VALIDATION]
        if not candidates:
            fail(f"no profile with experience that fits validation {i} ({occupation_key})")
        profile = candidates[0]
        used.add(profile["id"])
        earliest = earliest_validation(profile)
        labels = tax.skills_for(occupation_key)
        claimed = [tax.skill_by_label[l] for l in labels
                   if tax.skill_by_label[l] in {s["skill"] for s in profile.get("skills", [])}]
        others = [tax.skill(l, occupation_key) for l in labels if tax.skill_by_label[l] not in claimed]
        count = rng.randint(4, 6) if result == "full" else rng.randint(2, 3)
        validated = (claimed + rng.sample(others, len(others)))[:count]
        date = earliest + dt.timedelta(days=rng.randint(0, (LAST_VALIDATION - earliest).days))
        record = {
            "id": f"demo-validation-{i:02d}",
            "profile_id": profile["id"],
            "occupation": tax.occupation(occupation_key),
            "standard": standard,
            "validated_skills": validated,
            "result": result,
        }
        if missing:
            record["modules_missing"] = missing
        record.update({"organisation": org, "date": iso(date)})
        out.append(record)
    return out


LAST_VALIDATION = TODAY - dt.timedelta(days=9)


def earliest_validation(profile):
    """Validations happen in 2026, at least two months into the programme (or after the residence permit)."""
    prog = profile["programme"]
    start = parse_date(prog.get("start_date") or prog["residence_permit_date"])
    return max(start + dt.timedelta(days=60), dt.date(2026, 1, 15))


# Experience that a validation against an occupation can build on.
VALIDATION_FITS = {
    "undersköterska": {"undersköterska", "hemvårdare", "sjuksköterska"},
    "vårdbiträde": {"vårdbiträde", "personlig_assistent", "hemvårdare"},
    "lagerarbetare": {"lagerarbetare", "packare"},
    "truckförare": {"truckförare"},
    "köksbiträde": {"köksbiträde", "restaurangbiträde", "diskare", "pizzabagare"},
    "kock_storhushåll": {"kock_storhushåll", "kock_alacarte"},
    "städare": {"städare", "sjukhusstädare", "byggstädare"},
    "grovarbetare": {"grovarbetare", "murare_utan_yrkesbevis", "plattsättare_utan_yrkesbevis",
                     "snickare_utan_yrkesbevis"},
    "distributionsförare": {"distributionsförare", "fjärrbilsförare"},
}


def fits(validated_key, experience_key):
    return experience_key in VALIDATION_FITS[validated_key]


# ========================================================================================================
# Output
# ========================================================================================================


def write(name, records):
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.ndjson"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(public(r), ensure_ascii=False) + "\n")
    return path


def main():
    rng = random.Random(SEED)
    tax = Taxonomy(RESOURCES)
    placements = build_placements(tax)
    extra_jobs = build_extra_jobs(tax)
    courses = build_courses(tax)
    profiles = build_profiles(tax, rng)
    validations = build_validations(tax, rng, profiles)
    for name, records in [("placements", placements), ("extra-jobs", extra_jobs), ("courses", courses),
                          ("profiles", profiles), ("validations", validations)]:
        path = write(name, records)
        print(f"{len(records):3d} {name:12s} -> {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
