# English sentiment words for short customer texts. Valence -3..3; "stem*" matches any ending.
# Written for ReplyDesk (GPL-3.0-or-later); used beside Stanford CoreNLP, which misses factual complaints.
[terms]
excellent 3
outstanding 3
amazing 3
awesome 3
fantastic 3
wonderful 3
perfect 3
superb 3
brilliant 3
exceptional 3
delicious 3
love 3
loved 3
lovely 2.5
best 3
great 2.5
good 2
nice 2
fine 1
ok 0.5
okay 0.5
decent 1
pleasant 2
friendly 2
kind 1.5
helpful 2
polite 2
courteous 2
professional 1.5
attentive 2
welcoming 2
clean 1.5
spotless 2.5
tasty 2
fresh 1.5
fast 1.5
quick 1.5
prompt 1.5
efficient 1.5
reliable 1.5
recommend* 2
happy 2
glad 2
pleased 2
satisfied 2
impressed 2
enjoy* 2
beautiful 2.5
comfortable 1.5
cozy 1.5
worth 1.5
thank* 1.5
thanks 1.5
apologi* 1
sorted 1
resolved 1.5
fixed 1
be back 1.5
come back 1.5
coming back 1.5
five stars 3
5 stars 3
bad -2.5
poor -2
terrible -3
horrible -3
awful -3
dreadful -3
disgusting -3
gross -2.5
worst -3
worse -2
pathetic -3
useless -2.5
rubbish -2.5
garbage -2.5
crap -2.5
shit -2.5
hate -3
hated -3
disappoint* -2.5
unacceptable -3
ridiculous -2.5
joke -1.5
scam -3
fraud -3
rip off -3
ripoff -3
rude -3
rudely -3
impolite -2.5
unfriendly -2
unprofessional -2.5
arrogant -2.5
incompetent -2.5
ignored -2
ignoring -2
careless -2
dirty -2.5
filthy -3
smelly -2
stinks -2.5
stank -2.5
cold -1
stale -2
bland -1.5
tasteless -2
overcooked -1.5
undercooked -2
raw -1
inedible -3
broken -2
broke -1.5
damaged -2
faulty -2
defective -2.5
missing -1.5
lost -1.5
wrong -1.5
slow -2
late -1.5
delay* -1.5
delayed -2
waited -1
waiting -1
wait -0.5
forever -1
overpriced -2
expensive -1
overcharged -2.5
charged twice -2.5
refund -1
problem -1
unfortunately -1.5
sadly -1
no problem 1
no problems 1
problems -1.5
issue -1
issues -1.5
complaint -1.5
complain* -1.5
mess -2
noisy -1.5
uncomfortable -2
annoy* -2
frustrat* -2
angry -2.5
upset -2
unhappy -2.5
sad -1.5
never again -3
never arrived -2.5
never came -2
never showed up -2.5
no response -2
no reply -2
no answer -2
doesn't work -2
does not work -2
not working -2
stopped working -2
still waiting -2
waste of money -3
waste of time -3
waste -2
avoid -2.5
beware -2.5
one star -3
1 star -3
zero stars -3
legend 2.5
legends 2.5
clever 2
honest 2
spot on 2
painless 2
gutted -2

[negators]
not
no
never
nobody
nothing
none
neither
nor
without
hardly
barely
isn't
wasn't
aren't
weren't
don't
doesn't
didn't
won't
wouldn't
can't
cannot
couldn't
shouldn't
haven't
hasn't
hadn't
dont
didnt
wasnt
isnt
cant
wont

[boosters]
very 1.5
really 1.4
extremely 1.8
so 1.3
too 1.3
totally 1.5
absolutely 1.6
incredibly 1.7
super 1.5
truly 1.4
utterly 1.7
completely 1.5
highly 1.5
most 1.3
such 1.3
quite 0.8
fairly 0.7
somewhat 0.6
slightly 0.5
a bit 0.6
a little 0.6
kind of 0.6
kinda 0.6
pretty 0.9
rather 0.8

[contrast]
but
however
although
though
yet
nevertheless

[sarcasm]
oh great
oh brilliant
oh perfect
oh wonderful
oh lovely
oh joy
just great
just perfect
just what i needed
yeah right
thanks for nothing
thanks a lot
nothing says
personal best
new record
what a surprise
as usual
well done
great job
bravo
