"""Safe small talk, profanity without a target group, and dark humour."""

from statements_lib import rows_from, write

SMALLTALK = """
morning all, coffee machine on floor 3 is finally fixed
anyone else watching the match tonight? my money's on the away side
lol same, I fell asleep halfway through the episode again
Just got back from the farmers market. The peaches this week are unreal.
happy friday everyone!! 🎉
Does anyone know if the library is open on bank holidays? Asking for my mum.
Weather's gorgeous today, finally took the dog down to the river.
omg my cat just knocked an entire glass of water onto my keyboard, pray for me
ok who left the sourdough starter on the counter, it's trying to escape
Congrats to Priya on passing her driving test first time!!
I finally finished the 1000-piece puzzle. One piece missing. Of course.
brb making tea
Good night folks, early start tomorrow.
Is it just me or did this winter go on forever?
We're thinking of getting a second dog. Talk me out of it. Or don't.
My toddler has started calling every bird a "duck". Pigeons, crows, a heron. All ducks.
hey hey, long time no see! how've you been?
Finally beat that boss after 40 tries. I'm shaking.
Anyone up for five-a-side on Thursday? We're two short.
The new bakery on Mill Lane does a cardamom bun that honestly changed my life.
I have killed every houseplant I've ever owned and I just bought three more. Optimism.
Planning a trip to Lisbon in May, any tips on neighbourhoods to stay in?
tbh I think pineapple on pizza is fine and I'm tired of pretending otherwise
Our band is playing at the Crown on Saturday, come along if you're around!
Just realised I've been pronouncing "quinoa" wrong for ten years.
the group chat has been silent for 3 days, is everyone alive
Went to my first pottery class. My bowl looks like a sad ashtray but I love it.
Can't believe it's already December, where did the year go
Mondays should be illegal honestly
I've started running in the mornings and I hate how much I like it.
Shoutout to the bus driver who waited for me this morning, you're a legend
Anyone know a good plumber in the Eastfield area? Our boiler's making ghost noises.
Me and my brother rewatched all the old cartoons from when we were kids, nostalgia overload.
My grandma just discovered emojis and now every message ends with 🍆 because she thinks it's a purple vegetable. Someone tell her. Actually don't.
That sunset tonight was ridiculous, the whole sky went pink
Just a reminder that the book club meets Wednesday, we're on chapter 12.
hiii new here, been lurking for months, finally made an account
Thanks for the birthday wishes everyone, feeling very loved today ❤️
So apparently I'm the only person in my office who doesn't like coffee. I've been outed.
We did a blind taste test of supermarket crisps at the weekend. The cheap ones won. Scandal.
Picking up my new glasses tomorrow, can't wait to see leaves on trees again
This thread is so wholesome, made my day
Finally moved into the new flat! Boxes everywhere but it's ours.
my dog has decided the hoover is his mortal enemy and must be destroyed
guys I think I'm addicted to crossword puzzles now, send help
First snow of the year! The kids are losing their minds.
Long weekend plans: absolutely nothing and I can't wait.
The robin is back on the bird feeder. Same one, I'm sure of it.
Does anyone still use a paper diary? I can't give mine up.
anyone else's smoke alarm go off every time they make toast or is my flat cursed
Just ran my first 10k, slowest person there but I finished!
Hey neighbours, found a set of keys by the post box on Ash Road, DM me to describe them.
Happy Diwali to everyone celebrating! The fireworks around here are going off already.
Eid Mubarak to all my friends, hope you've had a lovely day with family.
Merry Christmas you lot, don't eat too many mince pies.
Shana tova to everyone, wishing you a sweet new year.
Our choir's Christmas concert raised £900 for the food bank, so proud of everyone.
I bought a bread machine in lockdown and have used it twice. It lives in the shed now.
Gonna attempt lasagne from scratch tonight, wish me luck
The kettle in our office is older than some of the interns
just saw a fox in the garden at 2am screaming like a murder victim, foxes are terrifying
My sister and I just booked tickets to see our favourite band, been waiting 8 years for this tour
Anyone know what time the fireworks start at the park tonight?
Hello from a very rainy Manchester
what's everyone reading at the moment? I need a new book
That feeling when you find a tenner in an old coat pocket 😌
I cut my own fringe during lockdown and have regretted it ever since.
Ha, my dad just asked me if "lol" stands for "lots of love". He's been sending it in condolence cards.
Cooking tip I learned today: salt your pasta water like the sea. Game changer.
Good luck to everyone with exams this week, you've got this
The garden centre cafe does the best scones in the county, fight me (not literally)
Getting my first tattoo next week, small one, a little swallow on my wrist.
We've named the new kitten Biscuit. She has already bitten everyone in the household.
Just found out my neighbour is a retired magician. He made my keys disappear and I still don't know where they are.
This weather is absolutely killing me, 34 degrees and no fan
I'm dying to know how the series ends, no spoilers please!!
Our quiz team came second to last. We're calling it a moral victory.
Went blackberry picking with the kids, came back purple from head to toe.
anybody want a free sofa? collection only, it's a bit scratched by the cat
Drove past my old school today, they've turned it into flats. Weird feeling.
I shot some photos of the harbour at sunrise, will post them later
The couple upstairs have a new baby and honestly I don't mind the crying, it's kind of sweet
The heating's been broken all week and I've been wearing two jumpers to bed lol
Been learning Spanish on an app for 200 days and I can order a coffee and ask where the library is. Progress.
Happy retirement Dave, the office won't be the same without your terrible puns!
Can someone explain cricket to me like I'm five
Tried a new recipe with smoked paprika and chickpeas, surprisingly good
Sorry for the late reply, my phone died and I only just found the charger
hey did anyone record the lecture today? my train got cancelled
Remember when we thought 2020 was going to be our year lol
My son just lost his first tooth and the tooth fairy has no change. Help.
Guess who finally passed their citizenship test!!
The lake was freezing but we swam anyway, very proud of my blue lips
Just binged an entire season in one day and have zero regrets
Rainy Sunday, soup on the stove, record on the player. Perfect.
I swear my cat understands when I say the word "vet"
Has anyone tried the new ramen place near the station? Worth the queue?
Finally learned to parallel park at the ripe old age of 34
the amount of pigeons in this square is frankly alarming
Our allotment finally produced a courgette. One. We're having a party.
Work do tonight, praying nobody makes me do karaoke
Just want to say thanks to whoever returned my wallet to the front desk, all cards still in it!
My car failed its MOT on a number plate light. A single bulb. Unbelievable.
Cleaned out the loft today and found my old diary from 1998. Cringe levels: maximum.
The new neighbours brought us a cake to say hello, I love them already
It's 4pm and I've achieved nothing today except watching cat videos. Balance.
If anyone's going to the car boot sale Sunday, I've got a table near the gate, come say hi
My husband tried to assemble flatpack furniture without the instructions. We now have a wardrobe and six spare screws.
Hot take: the best part of Christmas dinner is the leftover sandwich the next day
Night shift again, see you all on the other side
First day at the new job went well! Everyone was so friendly.
Can we talk about how good the new season's soundtrack is
Whoever invented heated blankets deserves a Nobel prize.
I learned today that otters hold hands while they sleep and now I'm emotional
Finally got round to fixing the wobbly table. Only took three years.
Going to my cousin's wedding in Kerala next month, so excited to see everyone
My dog ate a whole sock and is completely fine and smug about it. The vet bill is not fine.
Sundays are for roast dinners and naps, that's the law in this house
The fair's back in town, dodgems at dusk anyone?
Honestly the best thing about working from home is lunch with my cat.
That new bridge on the ring road has cut my commute by 20 minutes, never thought I'd be this happy about infrastructure
Anyone else get weirdly emotional at the end of a long book series? Just finished and I feel empty.
I waved back at someone who was waving at the person behind me. Moving to another country now.
What a game last night. That last-minute equaliser had me screaming at the telly.
Sold my first painting at the craft fair today! Only £30 but still!!
My niece asked me if I had dinosaurs when I was little. I'm 29.
The gym is packed in January and empty by March, every single year
Reminder: the clocks go back tonight, enjoy the extra hour in bed
Just got my exam results back and I passed everything!!! 🎓
"""

PROFANITY = """
fuck mondays, seriously
this bloody printer jams every single time I need it, I'm about to throw it out the window
well that was a shit week, glad it's over
holy shit that concert was incredible
damn, I forgot my lunch at home again
The traffic on the M6 this morning was a total fucking nightmare.
my laptop just updated in the middle of my presentation. fml.
Absolutely pissing it down out there, I'm soaked through
what the hell happened to the ending of that show, total crap
I stubbed my toe on the bed frame and said words my mum would not approve of
Shit, is that the time? I'm late again.
bollocks, the bus just left without me
That penalty decision was complete bullshit and everyone in the stadium knew it
god damn this flat-pack wardrobe, forty screws and none of them fit
my code compiled first time, what the fuck is happening
Crap. I locked myself out. Again.
fucking finally, payday
This heatwave can piss right off
I can't believe I paid twelve quid for this shitty sandwich
goddammit the wifi is down again
absolute shambles of a performance from the team, bloody embarrassing
hell yeah, we won the pub quiz!
Spilled coffee all over my white shirt ten minutes before the interview. Fan-fucking-tastic.
ugh, this hangover is kicking my arse
Oh for fuck's sake, the oven's died on Christmas Eve.
bloody hell, did you see the price of petrol today?
The wasp nest in the shed is back. Fuck that, I'm calling someone.
that was a damn good burger ngl
Jesus Christ, my inbox has 300 unread emails after one day off
my phone screen cracked AGAIN, this is such bullshit
Shit happens, we'll try again next season.
I swear to god if my neighbour mows his lawn at 7am one more Saturday
damn right I'm having dessert
what a load of bollocks that referee was
Crappy day at work but the pizza is helping
frigging hell it's cold this morning
Fucking love this song, turn it up
Our landlord is a useless sod who never fixes anything.
That exam was a pile of shite, I didn't revise half of that.
Hell no, I'm not going camping in November.
"""

DARK_HUMOR = """
My will just says "good luck" and a map to a biscuit tin.
I told my therapist I keep thinking about my own funeral. She said to stop planning the catering.
When I die I want my ashes scattered at IKEA so my family will visit at least twice a year.
My grandad's last words were "hold my beer". In fairness, the beer was very nice.
My houseplants have a higher mortality rate than a horror film cast.
I'm not saying my cooking is bad, but the smoke alarm cheers me on.
Gym membership: £40 a month. Cause of death: still the stairs.
My phone battery and I have the same energy: 2% and dying in public.
Every time I open my banking app I experience a small funeral.
If I ever go missing, check the snack aisle first.
My family's group chat is where jokes go to die.
At this point my student loan will be paid off by my ghost.
I'd kill for a nap right now. Well, I'd mildly inconvenience someone for one.
Mortgage literally comes from the French for "death pledge", which explains a lot about my 30s.
My doctor told me to avoid stress so I've stopped opening letters.
I asked the grim reaper for an extension and he sent me an out-of-office.
Our family plot at the cemetery has better views than my flat.
Dad jokes are what happens when the sense of humour dies but nobody tells the body.
My diet is going great, I've only cried in the cheese aisle twice this week.
The dinosaurs didn't have a space programme and look what happened to them.
My smart fridge knows my will to live is low; it keeps suggesting ice cream.
I bought a "world's okayest uncle" mug and my nephew said it was generous.
My life insurance salesman looked at my hobbies and just sighed.
Nothing says "I'm thriving" like eating cereal over the sink at 11pm.
They say laughter is the best medicine, which explains why my insurance won't cover it.
I'd tell you a joke about the economy but you'd probably not get it either.
I plan to live forever. So far, so good.
Nana wanted a quiet funeral, so naturally my uncle brought a kazoo.
My cat watches me sleep with the expression of someone reading my will.
Running late is my cardio. Dread is my pre-workout.
"""

if __name__ == "__main__":
    rows = (rows_from(SMALLTALK, "safe", [], ["smalltalk"])
            + rows_from(PROFANITY, "safe", [], ["profanity"])
            + rows_from(DARK_HUMOR, "safe", [], ["dark_humor"]))
    write("statements_safe_social", rows)
