#!/usr/bin/env python3
"""Writes liste-pmi-cp1252.csv: a PMI list as French Excel saves it
(Windows-1252, ';', CRLF, a quoted address with an Alt+Enter line break).
Run once; the CSV is the fixture, this script only documents how it was made.
People are invented; communes and postal codes are real (Meuse, 55).
The physical line of each record is noted: tests assert them."""
import pathlib

HEADER = ["Nom d'usage", "Prénom", "Nom de naissance", "Né(e) le", "Adresse", "CP", "Ville", "Tél.",
          "E-mail ", "N° d'agrément", "Date 1er agrément", "Fin de validité", "Nb. de places",
          "Lieu d'exercice", "RPE", "Observations"]

ROWS = [
    # line 2
    ["DUPONT", "Hélène", "MARTIN", "12/03/1975", "12 rue de l'Étang", "55000", "Bar-le-Duc", "03.29.45.12.34",
     "helene.dupont@orange.fr", "55-2015-001", "01/09/2015", "31/08/2025", "4", "Domicile", "", ""],
    # line 3: two-digit year, no end of validity (computed)
    ["LEFÈVRE", "Géraldine", "", "05/07/82", "8 place Saint-Paul", "55100", "Verdun", "06 12 34 56 78",
     "g.lefevre@wanadoo.fr", "55-2019-014", "15/01/2019", "", "3", "MAM", "", "Accueil périscolaire; horaires atypiques"],
    # lines 4-5: the address holds a line break; Excel's leading-zero loss on the phone
    ["FRANÇOIS", "Cécile", "", "1988-11-23", "3 impasse des Œillets\nLotissement Les Côtes", "55300",
     "St Mihiel", "329891011", "cecile.francois@free.fr", "55-2020-007", "02/03/2020 00:00:00",
     "01/03/2025", "4", "Domicile et MAM", "", 'Dit "Lili"'],
    # line 6
    ["NOËL", "Maëlle", "", "21-06-1990", "5 rue Général de Gaulle", "55200", "Commercy", "03 29 91 00 01",
     "maelle.noel@laposte.net", "55-2021-030", "10.05.2021", "09.05.2026", "2", "domicile", "", ""],
    # line 7: impossible date of birth
    ["GÉRARD", "Françoise", "", "31/02/1970", "2 rue des Tilleuls", "55500", "Ligny-en-Barrois", "",
     "", "55-2016-011", "01/02/2016", "31/01/2026", "4", "Domicile", "", ""],
    # line 8: no surname
    ["", "Amélie", "", "14/04/1985", "7 rue du Moulin", "55800", "Revigny-sur-Ornain", "", "",
     "55-2018-020", "01/06/2018", "31/05/2023", "3", "Domicile", "", ""],
    # line 9: places written in words
    ["BOUCHÉ", "Ségolène", "", "03/10/1979", "1 rue Haute", "55400", "Étain", "", "", "55-2017-005",
     "01/03/2017", "28/02/2027", "quatre", "Domicile", "", ""],
    # line 10: more places than the law allows
    ["CLÉMENT", "Noëlle", "", "22/12/1968", "4 rue Basse", "55600", "Montmédy", "", "", "55-2014-002",
     "01/01/2014", "31/12/2028", "9", "Domicile", "", ""],
    # line 11: malformed email
    ["MULLER", "Chantal", "", "09/09/1972", "9 rue de la Gare", "55700", "Stenay", "", "chantal.muller@orange",
     "55-2013-044", "01/04/2013", "31/03/2028", "4", "Domicile", "", ""],
    # line 12
    ["BÉRARD", "Zoé", "", "30/01/1995", "11 rue Saint-Martin", "55400", "Étain", "03 29 87 11 22",
     "zoe.berard@gmail.com", "55-2023-003", "01/02/2023", "31/01/2028", "4", "Domicile", "", ""],
    # line 13
    ["HUMBERT", "Anaïs", "", "17/08/1987", "MAM Les Pitchouns, 2 rue du Stade", "55500", "Ligny-en-Barrois",
     "", "anais.humbert@orange.fr", "55-2022-017", "01/09/2022", "31/08/2027", "4", "MAM", "", ""],
    # line 14: a phone that is no phone number (kept as written, with a warning)
    ["COLLIGNON", "Valérie", "", "02/02/1970", "6 rue Chaude", "55700", "Stenay", "voir mairie",
     "", "55-2012-031", "01/10/2012", "30/09/2027", "3", "Domicile", "", ""],
    # line 15: birth name too
    ["THIÉRY", "Josiane", "ROUSSEL", "25/05/1966", "15 avenue de la Gare", "55800", "Revigny-sur-Ornain",
     "03-29-70-55-66", "", "55-2010-008", "01/01/2010", "31/12/2029", "4", "Domicile et MAM", "", ""],
    # line 16: a commune that does not exist (kept as written, with a warning)
    ["PERRIN", "Aurélie", "", "11/11/1991", "3 chemin Vert", "55140", "Trifouilly-les-Oies", "", "",
     "55-2024-001", "15/03/2024", "14/03/2029", "2", "Domicile", "", ""],
    # line 17: postal code of Bar-le-Duc with Verdun (warning)
    ["MASSON", "Noémie", "", "19/07/1983", "20 rue Mazel", "55000", "Verdun", "", "", "55-2011-012",
     "01/07/2011", "30/06/2026", "4", "Domicile", "", ""],
    # line 18: Œ is one of the bytes 0x80-0x9F where Windows-1252 is not Latin-1
    ["ŒUVRARD", "Bérengère", "", "08/03/1980", "1 rue de l'Église", "55170", "Ancerville", "0329753300", "",
     "55-2022-050", "01/05/2022", "30/04/2027", "4", "Domicile", "", ""],
    # line 19: the person of line 2 again
    ["Dupont", "Helene", "Martin", "12/03/1975", "12 rue de l'Etang", "55000", "Bar-le-Duc", "", "",
     "55-2015-001", "", "", "", "", "", ""],
]


def field(text):
    if any(c in text for c in ';"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


lines = [";".join(field(f) for f in HEADER)]
lines += [";".join(field(f) for f in row) for row in ROWS]
lines += [";" * (len(HEADER) - 1), ""]  # Excel's blank row, then an empty line
data = "\r\n".join(lines) + "\r\n"
pathlib.Path(__file__).with_name("liste-pmi-cp1252.csv").write_bytes(data.encode("cp1252"))
