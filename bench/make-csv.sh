#!/usr/bin/env bash
# Writes a SIECLE-like CSV of N students (default 10000) with one or two responsible adults,
# names from many origins, some adults at a second address: bench/make-csv.sh 10000 > eleves.csv
set -euo pipefail
rows=${1:-10000}
awk -v rows="$rows" 'BEGIN {
  split("Nguyễn Yılmaz Kowalska Benali Traoré Dupont Martin Łukaszewicz N'"'"'Diaye Lefèvre Şahin Trần García Haddad Moreau", nom, " ");
  split("Aïcha Thị-Ánh Çağlar Łukasz Zoé Léa Mehdi Inès Noé Émilie Wiktoria Minh Yanis Chloé Ayşe", prenom, " ");
  split("6e-A 6e-B 5e-A 5e-C 4e-B 4e-D 3e-A 3e-C", classe, " ");
  split("rue des Lilas|avenue de la République|allée Gagarine|boulevard Rouget-de-Lisle|rue de Paris", voie, "|");
  printf "Nom;Prénom;Classe;Civilité resp. légal1;Nom resp. légal1;Prénom resp. légal1;Adresse ligne 1 resp. légal1;Code postal resp. légal1;Commune resp. légal1;Civilité resp. légal2;Nom resp. légal2;Prénom resp. légal2;Adresse ligne 1 resp. légal2;Code postal resp. légal2;Commune resp. légal2\r\n";
  for (i = 0; i < rows; i++) {
    n = nom[i % 15 + 1]; p = prenom[int(i / 15) % 15 + 1]; c = classe[i % 8 + 1];
    a1 = (i % 97 + 1) ", " voie[i % 5 + 1];
    line = n ";" p ";" c ";Mme;" n ";" prenom[(i + 3) % 15 + 1] ";\"" a1 "\";93100;Montreuil";
    if (i % 3 == 0) {
      a2 = (i % 97 + 1) ", " voie[i % 5 + 1];
      if (i % 6 == 0) a2 = (i % 41 + 2) ", " voie[(i + 2) % 5 + 1];
      line = line ";M.;" n ";" prenom[(i + 7) % 15 + 1] ";\"" a2 "\";93100;Montreuil";
    } else {
      line = line ";;;;;;";
    }
    printf "%s\r\n", line;
  }
}'
