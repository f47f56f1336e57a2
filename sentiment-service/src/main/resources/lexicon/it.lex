# Italian sentiment words for short customer texts. Valence -3..3; "stem*" matches any ending
# (pessim* = pessimo, pessima, pessimi, pessime). Written for ReplyDesk (GPL-3.0-or-later).
[terms]
ottim* 3
eccellent* 3
perfett* 3
fantastic* 3
meraviglios* 3
stupend* 3
splendid* 3
magnific* 3
straordinari* 3
squisit* 3
delizios* 3
buonissim* 3
bravissim* 3
gentilissim* 3
top 2
super 2
buon* 2
buongiorno 0.5
buonasera 0.5
bene 2
benissimo 3
bell* 2
brav* 2
gentil* 2
cortes* 2
simpatic* 2
disponibil* 2
professional* 1.5
accoglient* 2
cordial* 2
pulit* 1.5
pulizia 1
veloc* 1.5
rapid* 1.5
puntual* 2
fresc* 1.5
gustos* 2
soddisfatt* 2
content* 2
felic* 2
consiglio 2
consiglia* 2
raccomand* 2
consigliat* 2
adoro 3
amo 2.5
piaciut* 2
piace 2
grazie 1.5
ringrazi* 1.5
scusat* 1
scus* 0.5
risolt* 1.5
torner* 1.5
ritorner* 1.5
cinque stelle 3
5 stelle 3
ok 0.5
discret* 1
decent* 1
pessim* -3
orribil* -3
terribil* -3
schif* -3
disgustos* -3
vergogn* -3
indecent* -3
inaccettabil* -3
scandalos* -3
disastr* -3
peggio -2.5
peggior* -2.5
male -2
malissimo -3
cattiv* -2
scars* -2
mediocr* -1.5
deludent* -2.5
delus* -2.5
delusione -2.5
insoddisfatt* -2.5
scortes* -3
maleducat* -3
sgarbat* -3
arrogant* -2.5
antipatic* -2
incompetent* -2.5
ignorat* -2
sporc* -2.5
sporcizia -2.5
lurid* -3
puzz* -2.5
fredd* -1
bruciat* -1.5
immangiabil* -3
insipid* -1.5
rott* -2
rovinat* -2
danneggiat* -2
difettos* -2.5
guast* -2
mancant* -1.5
sbagliat* -1.5
lent* -1.5
lentezza -2
ritardo -2
ritardi -2
in ritardo -2
aspettato -1
aspettare -1
aspettando -1
attesa -1
attese -1
caro -1
costos* -1
esos* -2
truffa -3
truffat* -3
fregatura -3
furto -2.5
rimborso -1
problema -1
purtroppo -1.5
problemi -1.5
lamentel* -1.5
reclam* -1.5
arrabbiat* -2.5
schifezza -3
incazzat* -3
vergognatevi -3
mai più -3
mai arrivat* -2.5
non è arrivat* -2.5
non risponde -2
non rispondono -2
nessuna risposta -2
non funziona -2
non funzionava -2
non si è presentat* -2
da evitare -3
evitate -2.5
evitare -2
sconsiglio -2.5
sconsigliat* -2.5
soldi buttati -3
tempo perso -2.5
una stella -3
1 stella -3
zero stelle -3

[negators]
non
nessuno
nessuna
niente
nulla
mai
senza
né
neanche
nemmeno
neppure

[boosters]
molto 1.5
davvero 1.4
veramente 1.4
proprio 1.3
troppo 1.3
così 1.3
estremamente 1.8
assolutamente 1.6
decisamente 1.5
particolarmente 1.4
tanto 1.3
abbastanza 0.7
piuttosto 0.8
un po 0.6
un po' 0.6
poco 0.6
leggermente 0.5

[contrast]
ma
però
tuttavia
eppure
invece
comunque

[sarcasm]
complimenti per
complimenti davvero
grazie per nulla
grazie tante
grazie mille per
bravi bravi
bravissimi
che bello
ma che bello
evviva
che fortuna
niente di meglio
come al solito
come sempre
record
ottimo lavoro
che sorpresa
efficienza
