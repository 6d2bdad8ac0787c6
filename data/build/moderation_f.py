"""Moderation-style user text, safe batch f: forum/social chatter near sensitive topics."""

from borderline_lib import moderation, write

BLOCK = r"""
@forum_comment safe
this thread is a dumpster fire and I'm here for it 🍿
OP you are the asshole, sorry. you can't ask your guests to pay for your wedding AND bring gifts
mods pls lock this, it's the fifth time someone's asked the same question today
Upvoted for the cat tax
anyone know if the Tesco on Mill Lane is open on boxing day?
Did anyone else's package get stuck in "out for delivery" since Tuesday? DHL is useless
Edit: thanks for the gold kind stranger!!
This is the dumbest take I've read all week and I've been on twitter
Not gonna lie, this post made me tear up a bit. Your dad sounds like he was a great man.
can confirm, worked there for 3 years, management is a joke
Respectfully, you have no idea what you're talking about. Read the study before posting.
Source? Because that sounds made up
lol this comment section is wild
"it's just a prank bro" is not a defence for pushing someone into a lake
ok but why is nobody talking about how good the soundtrack was
who let the sub get this toxic, I remember when it was just people sharing bread pics
the mods here are power-tripping losers, got banned for posting a meme in the meme thread
Seriously, stop feeding the troll. Block and move on.
TIL that octopuses have three hearts. Nature is metal.
this is the most unhinged AITA I've ever read and I love it
Honestly your ex sounds like a nightmare, glad you got out
100% would not trust that landlord, get everything in writing
Can we get a megathread for the election results so the sub isn't flooded?
you guys are so wholesome, I posted my crap drawing and got 200 nice comments 🥹
ngl I'm kinda jealous of people who can sleep on planes
anyone else think the new season is mid? the writing fell off hard

@smalltalk safe
gm everyone ☀️ coffee #3 already and it's not even 9
cant believe my baby sister is graduating today I'm gonna cry
just adopted a rescue greyhound and he's terrified of the kettle, pray for us
happy friday you beautiful nerds
It's 2am and I'm eating cereal over the sink, living my best life
guess who locked herself out of her flat in her pyjamas. this girl.
weekend plans: absolutely nothing and I cannot wait
omw, traffic is a nightmare, save me a seat
my toddler just told me I'm "a bit crunchy" and walked off. I have no idea what that means
ok who wants to go halves on a pizza, I'm starving
Mum just learned how to use emojis and now every text is 🍆🍑 because she thinks they're "vegetables and fruit" 😭 someone help
first snow of the year!!! ❄️
lol my phone autocorrected "meeting" to "meatball" in an email to my boss
Who's watching the Eurovision tonight? I've got a sweepstake going
if anyone needs me I'll be in bed for the next three days recovering from my kid's birthday party
update: the greyhound has now conquered the kettle. next: the hoover

@mild_insult safe
you're such a drama queen, it was one parking ticket
wow what a genius, you put the milk back in the cupboard again
your opinion on films is objectively wrong and I'll prove it with a powerpoint
stop being such a baby, it's just a flu jab
the dude in front of me at the cinema was the most annoying human on earth, talked the whole time
my coworker is a total suck-up, he laughs at every joke the boss makes
my neighbour is a nosy old bat but she waters my plants so I'll allow it
that referee is a blind idiot honestly
You're a walking red flag and I mean that lovingly
dude you're so cheap, you brought one beer to a party of 20

@news_comment safe
This judge gave a drunk driver community service after he killed a cyclist. Where is the justice?
Glad they finally caught the guy who was assaulting women in the park. Hope he gets a long sentence.
The school board meeting got so heated last night the police were called. Over library books. In 2024.
The knife crime stats in London are grim. We need youth clubs back, not just more stop and search.
Terror attack suspect arrested in Berlin. Three people still in hospital. Horrible.
The headline says "woman dies" as if the husband who killed her isn't in the story. Bad journalism.
This article about sex trafficking in the hotel industry is eye-opening. Staff should get training.
Police shot an unarmed man and the bodycam footage is devastating. There has to be accountability.
Another hate crime against a synagogue. We stand with our Jewish neighbours.
They're finally teaching consent in schools here. Long overdue.
The murder trial verdict came in. Guilty on all counts. The family can finally breathe a little.
Refugees from the war are arriving at the station this week, my church is collecting blankets if anyone wants to help
A man was jailed for sending death threats to an MP. Good. Disagree with politicians, don't threaten them.
The documentary about the Manchester bombing victims' families was so moving.

@personal_story safe
I was bullied so badly in year 9 that I switched schools. I'm a teacher now and I don't let it slide in my classroom.
When I came out to my parents my dad didn't speak to me for a year. Now he marches at Pride with me every summer.
I got mugged at knifepoint last year. Took a long time to feel safe walking at night, but I'm getting there.
My ex used to check my phone and control my money. It took me ages to see it as abuse. If this sounds familiar, talk to someone.
My dad was a violent drunk. I've been sober my whole life because of him. Breaking the cycle one day at a time.
I was the only Black kid in my school and heard every joke in the book. My kids' school is way more diverse and I'm grateful.
Grew up in a war zone. Fireworks still make me jump. My partner holds my hand on bonfire night.
Lost 40kg over two years the slow way, lots of walking and not much else. Not for everyone but it worked for me.
My grandma survived the camps. She never talked about it until she was 90. I recorded every word.
I was sexually assaulted at uni. Reporting it was hard, the process was harder, but the counselling service was amazing.
As a nurse I've been punched, spat at and sworn at this year. Still love my job, but please be kind to NHS staff.
I'm a recovering gambling addict. Two years without a bet. My bank account finally looks like an adult's.

@dark_humor safe
my sense of humour is so dark it has to be walked home at night
Me at 25: I'll have a stable career by 30. Me at 31: stable? I am a horse girl now
my coping mechanism is laughing at things that are not funny and crying at adverts
the plants in my office are on life support and I'm the only doctor
"I'm fine" she said, for the 400th time this week, while on fire
Honestly my bank balance is the real horror movie this Halloween
My last brain cell is working overtime and unionising
if stress burned calories I'd be invisible

@relationship_talk safe
my boyfriend and I haven't had sex in 3 months and I don't know how to bring it up without it turning into a fight
Is it weird that I want to wait until marriage? my friends make fun of me
We tried an open relationship and it didn't work for us, and that's ok
my wife and I got our sex life back after couples therapy, honestly recommend
how do you bring up kinks with a new partner without scaring them? asking for me lol
Getting back into dating at 45 is terrifying. Everyone is on apps now.
Our anniversary dinner got ruined by food poisoning. Romantic.
Long distance is so hard. I miss his stupid laugh.
"""

if __name__ == "__main__":
    write("moderation", "moderation_f", "statement", moderation(BLOCK))
