# Hungarian sentiment words for short customer texts. Valence -3..3; "stem*" matches any suffix
# (rossz* = rossz, rosszul, rosszabb, rosszak), which Hungarian's agglutination needs.
# Written for ReplyDesk (GPL-3.0-or-later).
[terms]
kiváló* 3
kitűnő* 3
remek* 3
nagyszerű* 3
tökéletes* 3
fantasztikus* 3
csodálatos* 3
fenomenális* 3
isteni 3
mennyei 3
szuper* 2.5
legjobb* 3
jó 2
jól 2
jók 2
jobb 1
finom* 2.5
ízletes* 2.5
kedves* 2
barátságos* 2
udvarias* 2
segítőkész* 2
figyelmes* 2
készséges* 2
profi 1.5
korrekt* 1.5
kellemes* 2
hangulatos* 2
tiszta 1.5
tisztaság* 1.5
gyors* 1.5
pontos* 1.5
friss* 1.5
elégedett* 2
ajánl* 2
imád* 3
szeretem 2.5
szerettük 2.5
tetszett 2
tetszik 2
köszön* 1.5
bocsánat* 1
elnézés* 1
megoldott* 1.5
megoldották 1.5
megéri 1.5
megérte 1.5
visszajövünk 1.5
visszatérünk 1.5
visszajövök 1.5
rendben 0.5
oké 0.5
ok 0.5
öt csillag 3
5 csillag 3
semmi gond 1
semmi probléma 1
rossz* -2.5
legrosszabb* -3
borzalmas* -3
borzasztó -3
szörnyű* -3
katasztrofális* -3
katasztrófa* -3
tragikus* -3
pocsék* -3
gagyi -2
silány* -2.5
gyenge* -1.5
csalódás* -2.5
csalódott* -2.5
kiábrándító* -2.5
elégedetlen* -2.5
felháborító* -3
felháborod* -3
elfogadhatatlan* -3
botrány* -3
szégyen* -3
bunkó* -3
udvariatlan* -3
goromba* -3
modortalan* -3
arrogáns* -2.5
lekezelő* -2.5
flegma* -2
barátságtalan* -2
figyelmetlen* -2
inkompetens* -2.5
koszos* -2.5
piszkos* -2.5
mocsk* -3
büdös* -2.5
bűz* -2.5
undorító* -3
ehetetlen* -3
hideg* -1
sótlan* -1.5
ízetlen* -1.5
nyers* -1
odaégett* -1.5
romlott* -2.5
hibás* -2
elromlott* -2
törött* -2
sérült* -2
hiányz* -1.5
hiányos* -1.5
lassú* -2
lassan -1.5
késés* -2
késett* -2
késik -2
késve -2
vártunk -1
vártam -1
várni -1
várakozás* -1
drága* -1
túlárazott* -2.5
lehúzás* -3
átverés* -3
átvert* -3
csalás* -3
pénzkidobás* -3
időpocsékolás* -3
visszatérítés* -1
probléma* -1
panasz* -1.5
reklamáció* -1.5
mérges* -2.5
dühös* -2.5
ideges* -2
sajnos -1.5
soha többé -3
nem válaszol* -2
nem működik -2
nem működött -2
nem érkezett meg -2.5
nem jött meg -2.5
nem kaptam meg -2
nem kaptuk meg -2
semmi válasz -2
kerüljétek -3
kerülendő -3
egy csillag -3
1 csillag -3
csodás* 2.5
öröm* 2
siralmas* -2.5
vacak* -2

[negators]
nem
sem
se
soha
senki
semmi
sehol
nincs
nincsen
ne

[boosters]
nagyon 1.5
rendkívül 1.8
különösen 1.4
igazán 1.4
tényleg 1.3
teljesen 1.5
abszolút 1.5
annyira 1.4
túl 1.3
iszonyúan 1.7
borzasztóan 1.7
egyáltalán 1.3
kifejezetten 1.4
kicsit 0.6
kissé 0.6
picit 0.6
elég 0.8
eléggé 0.8
némileg 0.6
valamennyire 0.7

[contrast]
de
viszont
azonban
ám
mégis
ellenben

[sarcasm]
köszi szépen
kösz szépen
köszönöm szépen
köszi hogy
köszönöm hogy
gratulálok
gratula
szép munka
milyen jó
micsoda
naná
hát persze
mint mindig
szokás szerint
rekord
bravó
de jó
