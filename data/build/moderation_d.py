"""Moderation-style user text, safe: banter, insults, profanity, complaints, politics, dark jokes."""

from borderline_lib import moderation, write

BLOCK = r"""
@banter safe
lmaooo you absolute donkey, you missed an open goal from 2 yards
bro ur cooking is a war crime, who puts ketchup on pasta 💀
shut up nerd you only won bc of lag
my brother is the dumbest human alive, he tried to microwave a fork AGAIN
ok boomer
Dude your taste in music is genuinely criminal, Nickelback?? in 2024???
you're such an idiot lol I love you
imagine losing to a bronze player, couldn't be me. oh wait it was me 😭
that haircut looks like your mum did it with a lawnmower, no offence
stfu you clown, pineapple on pizza is elite
Y'all are a bunch of muppets, the answer was obviously C
You play like my nan and she's been dead 6 years
Git gud scrub
My roommate is a certified gremlin, ate all my leftovers and left the container in the fridge
you're literally the worst dancer I've ever seen and I've seen my dad at weddings
this guy really said "I'm not a morning person" at 4pm lmao
my cat is a little psychopath, knocked my coffee off the table while making eye contact
haha get rekt noob
he's a bit of a wanker but he's our wanker
you muppet, you left your keys in the door again
Omg you're so annoying 😂 stop sending me frog memes at 3am
i swear my team is full of potatoes tonight, 0 heals, 0 brain cells
Sarah you absolute legend, you remembered my birthday AND brought cake
your fantasy team is garbage and you should feel bad
the ref needs glasses, or a brain, or both
that joke was so bad I lost brain cells reading it
I'd call you a tool but tools are useful 😜
Lol Jake got roasted so hard in the group chat he left
you're dumber than a bag of rocks but at least you're pretty
Bestie you look like a Victorian ghost in that photo, I'm obsessed
hahaha ur such a loser for crying at the Pixar short. (i also cried)
That's the most Gen Z thing I've ever heard
bro really thought he ate with that fit
my little sister is an evil mastermind, she framed me for the broken vase at age 6

@profanity safe
fuck mondays honestly
what the actual fuck is this weather, it's June
shit shit shit I forgot my passport at home
holy shit that concert was insane
This fucking printer jams every damn time I need it
goddammit I burnt the rice again
ffs the bus is late again and it's raining
bloody hell the queue at the post office is out the door
well that's fucked. my car failed its MOT
damn girl you killed it at the recital 🔥
I stubbed my toe and said words my grandma would disown me for
fucking finally, the update is out
Fuck yeah we won the pub quiz!!!
jesus christ on a bike, who parked like this
holy crap my landlord actually fixed the boiler
Goddamn it Steam sale, there goes my rent money
this shit is bananas, b-a-n-a-n-a-s
Oh for fuck's sake, the wifi's down again
my ass hurts from this 9 hour flight
screw it, I'm ordering pizza

@complaint safe
Three weeks waiting for a refund from this airline. Three. Weeks. Absolutely appalling customer service.
worst delivery company in the world. left my parcel in a puddle and took a photo of it like that was fine
Council still hasn't fixed the pothole on Kings Road. It's basically a crater at this point. Someone's going to lose a wheel.
Why does every app now need a subscription? I just want to edit a photo without paying £9.99 a month.
the restaurant messed up my order twice and then charged me for the drinks I never got. never again
My upstairs neighbour has decided 2am is the perfect time to vacuum. Every night. I'm losing my mind.
This phone battery lasts about as long as my patience, which is not long
Customer service put me on hold for 47 minutes and then hung up. Incredible stuff.
The new update moved every button. Who asked for this??
My manager scheduled a meeting to discuss too many meetings. I want to scream.
Train cancelled, replacement bus cancelled, taxi app surge pricing x3. Love this country.
honestly the self checkouts are a scam, "unexpected item in bagging area" my ass
Paid for "sea view" and got a view of a car park and a tiny blue sliver. Booking again? No.
the gym raised prices AGAIN and the showers still don't work
why is every single recipe online a 10 page life story before the ingredients
my bank flagged my own rent payment as fraud. thanks guys, very helpful
The landlord wants a 15% rent rise for a flat with black mould. Unbelievable.
Ordered a size M, got an XXL and a note that said "enjoy!". I won't.
My kid's school sends 14 emails a day and none of them say anything useful
the hospital parking charges are criminal, you shouldn't have to pay to visit your sick dad

@politics_heated safe
The government has completely abandoned the north. Another decade of broken promises and they expect our votes?
If you voted for this clown, you don't get to complain about the prices now.
Both parties are bought and paid for by the same donors, wake up people
This tax bill is daylight robbery of working families and everyone who supports it should be ashamed
I'm sick of politicians who've never worked a real job telling nurses to tighten their belts
Brexit was the dumbest self-inflicted wound in modern history and I'll die on that hill
Honestly the opposition leader is a spineless weasel with zero ideas
Defund the police? No. Reform them? Absolutely. Why is that so hard to say?
Anyone who thinks the minimum wage is fine has never tried to rent a flat on it
The climate bill is a joke. Too little, too late, and full of loopholes for oil companies.
Stop calling everyone you disagree with a fascist or a communist. It's lazy and it's making everything worse.
vote them out. every single incumbent. clean house.
The senator's speech was a pile of lies from start to finish and the fact-checkers are having a field day
Immigration policy needs an overhaul, the current system is slow, cruel and expensive for everyone involved.
gun control now. how many more kids have to die before congress grows a spine
the 2nd amendment is clear and no amount of crying will change it
the housing crisis is a choice made by people who own five houses
I can't believe my own party is backing this bill. I'm tearing up my membership card.
Abortion is healthcare and I'm not debating it with men in suits anymore
I'm pro-life and I'm tired of being called a monster for it. Let's have an actual conversation.
The mayor is an incompetent fool and I'm campaigning for whoever runs against him
these protest laws are authoritarian garbage, peaceful protest is a right
the referendum result was a disaster but we have to respect it, that's democracy
Tories out!! 14 years of this mess
Labour have no plan, just vibes and slogans
Trump supporters and Biden supporters are the same people yelling past each other honestly
the president's approval rating is in the toilet and deservedly so
capitalism is eating itself and the planet with it
socialism has failed everywhere it's been tried, read a history book
The prime minister's handling of the flood response was a national embarrassment.

@dark_joke safe
my will is just a note that says "good luck with the cat"
I told my therapist I'm afraid of dying. she said it's natural. I said that's what I'm worried about
at my funeral I want everyone to do the macarena as they lower the coffin
the only thing keeping me alive at this point is spite and iced coffee
my grandma said she wants to die peacefully in her sleep like her grandpa, not screaming like his passengers
The elevator broke down with me and my ex inside. Longest 20 minutes of both our lives, not sure who survived emotionally.
I'd die for my friends but I'm not going to the gym with them, let's not get crazy
work is killing me, slowly and with spreadsheets
if I get hit by a bus tomorrow please delete my browser history
my houseplants have a higher mortality rate than a horror movie cast
I'm not saying my cooking is bad but the smoke alarm cheers me on
Death is nature's way of saying your table is ready
my bank account and I are both in critical condition
I asked the librarian for books about paranoia. She whispered "they're right behind you"
Me explaining to my plants that I didn't kill the last ones, they just left
"the fridge is empty" is my roommate's version of a murder mystery
My dad's jokes are so dead they should have a funeral
when the group project partner disappears, I assume witness protection
I'm at the age where a good night's sleep is the most dangerous thing I do
told my kid the dog went to a farm. now he wants to visit. I need a farm.
"""

if __name__ == "__main__":
    write("moderation", "moderation_d", "statement", moderation(BLOCK))
