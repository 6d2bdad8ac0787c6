"""Safe statements, batch A: small talk, reviews and venting in varied registers."""

from statements_lib import rows_from, write

SMALLTALK = """
yo anyone got a spare charger in the library, 3rd floor by the windows
cant beleive its friday already this week went so fast
ngl the canteen lasagne slaps today
who's bringing what to the bbq sat? i'll do burgers
omw, 5 mins
lmaoo the teacher walked in while we were singing happy birthday to the hamster
My nephew just told me I'm "old but in a cool way". I'll take it.
Brilliant evening at the comedy club, the headliner absolutely destroyed the heckler.
The kids built a den in the living room and have declared it a sovereign nation. Taxes are payable in biscuits.
Tried paddleboarding for the first time. Fell in eleven times. Ten out of ten.
It's so foggy this morning I can't see the end of the garden.
can someone remind me what day the recycling goes out, I've lost track of time completely
Just watched a documentary about octopuses and now I feel bad about calamari.
The office plant has been named Gerald and Gerald is thriving.
ok but why does every pharmacy close at 6 when everyone works till 6
Made it to the top of Snowdon! Legs are jelly but the view was worth it.
Congrats on the new baby, Tash and Dev! She's gorgeous.
Anyone else remember when the ice cream van played Greensleeves? Where did they all go?
Our wifi router is named "FBI Surveillance Van 3". The neighbours have stopped asking.
Second day of the cricket and we're all sunburnt already
Good morning from the night shift, the sunrise over the car park is honestly beautiful
Fixed the leaking tap myself with a YouTube video. I am basically a plumber now.
The school play was a triumph. My son played Tree Number Four with real conviction.
Weekend plans: finish my book, bake bread, ignore my emails.
just fell down the stairs carrying laundry, I'm fine, the laundry is fine, my pride is dead
Who else is staying up for the meteor shower tonight?
My mum has started a podcast. It's about her garden. It has four listeners and I'm three of them.
Is it too early to put the Christmas tree up? It's November 2nd. Asking for me.
Dog walk in the woods this morning, found a tree swing someone had put up. Had a go. Still got it.
Honestly the sound of rain on a tent is the most relaxing thing in the world.
our new neighbour introduced himself with homemade jam, I think this is the start of something beautiful
Trying a new running route tomorrow, wish my knees luck.
Thank you to everyone who came to Mum's 80th, she hasn't stopped talking about it.
I tried to teach my grandad to use video calls. We spent forty minutes looking at his ceiling.
The smell of cut grass is the best smell in the world and I won't be taking questions.
Finally booked the holiday! Two weeks in Crete, I might never come back.
The new series of that baking show is so wholesome, I need it after this week.
Happy first anniversary to my wonderful wife, thanks for putting up with my snoring.
just discovered you can freeze grapes and eat them like sweets?? life changing
We adopted a retired greyhound. He sleeps 22 hours a day and I aspire to be him.
Quiet night in, lasagne in the oven, rain outside. Bliss.
anyone know if the chippy on Bridge St is open on mondays
Random act of kindness: a stranger paid for my coffee this morning. Paying it forward tomorrow.
I absolutely nailed the presentation today, shaking but happy.
My son asked if the moon follows our car because it likes us. Yes, darling. Yes it does.
Finished my first crochet blanket. It's wonky and I love it.
The local am-dram society is doing Sweeney Todd and the fake blood budget is apparently enormous.
Made a killer chilli for the work potluck, the bowl was empty in ten minutes.
Our Sunday league team finally won a match after two seasons. Grown men crying in the car park.
woke up at 5am for no reason and now I'm watching the birds like a retiree
"""

REVIEWS = """
The noodle place near work does a chilli oil that could strip paint, in the best way.
3/5. Nice hotel, terrible wifi, breakfast finished at 9 which is criminal on a holiday.
This mascara is the only one that doesn't smudge when I cry at films, which is all the time.
The new horror film is genuinely terrifying. Didn't sleep. Loved it.
Gave up on the fantasy novel at page 200, too many characters with names like Xylthrax.
The museum café was meh but the dinosaur hall was incredible, my kids didn't want to leave.
The wireless earbuds keep disconnecting from my phone. Third pair. Done with this brand.
Honestly the best fish and chips I've had in years, proper crispy batter and the chips weren't soggy.
This paddling pool lasted exactly one afternoon before the dog popped it. Not the pool's fault, really.
The chef's tasting menu was an experience. Nine courses, every one a surprise. Expensive but memorable.
The war film is beautifully shot and the battle scenes are brutal, but it felt like it had something to say.
The podcast about the history of poisons is fascinating, especially the Victorian episodes.
Terrible airline. Lost our bags, cancelled the return flight, and the compensation form crashes when you submit it.
The cordless hedge trimmer is light and cuts through thick branches no problem.
Gym's fine, but the changing rooms are grim and the showers are lukewarm at best.
The barber on Church Street is a genius, best fade I've ever had, and only fifteen quid.
Watched the Scandinavian crime drama everyone's been raving about. Dark, bleak, and I'm hooked.
The cooking class was fun but the instructor spent most of it talking about his divorce.
The insulated bottle keeps water cold all day even in my car. Dents easily though.
The anime adaptation ruined the best arc of the manga. Whoever greenlit it should be ashamed.
The garden centre's Christmas display is tacky and overpriced and I loved every second.
Kindle died after 18 months. Support offered me 15% off a new one. No thanks.
Lovely little independent bookshop, the owner recommended three books and I loved all of them.
The new album is their best since the debut. Track 4 is an absolute banger.
The pizza oven took ages to heat up but once it did the pizzas were unbelievable.
Went to the crime thriller play at the Playhouse, the twist got a gasp from the whole audience.
Not impressed with the dentist. He rushed, didn't explain anything, and charged me for a scale and polish I didn't get.
This cheap backpack has survived four years of daily commuting and two festivals. Legend.
The ghost tour was cheesy but the guide was brilliant and the stories about the old gallows were grim and fascinating.
The meal kit subscription was handy but the packaging waste made me feel awful, cancelled.
"""

VENTING = """
my group chat has decided to plan a holiday the one week I can't go, classic
Nobody warned me adulthood was mostly emails and waiting in for deliveries.
I've been on hold with the bank for 73 minutes and the music is the same 20 seconds on loop.
My boss asked me to "quickly" redo the whole report by tomorrow. Quickly. It's 40 pages.
honestly so sick of my flatmates leaving dishes for days, it's like living with raccoons
Another week, another dentist appointment cancelled by them, not me.
I'm the only one in my family who remembers birthdays and I'm done being the reminder service.
The university has changed the exam date twice and now it clashes with my sister's wedding.
My phone contract went up 14% "due to inflation". My salary did not.
The nursery called again because my son bit someone. I'm starting to think I'm raising a shark.
Applying for jobs where they want 5 years' experience for an entry-level position is so demoralising.
My dad refuses to see a doctor about his cough and I'm terrified but he won't listen.
I work in retail and the number of people who think shouting at me will change the returns policy is wild.
Sometimes I feel like I'm just holding everyone else together and no one notices when I'm falling apart.
The council has dug up our road for the third time this year. Same hole. Different men.
My partner and I keep having the same argument about money and I don't know how to break the loop.
Coursework deadline is Friday and my laptop's just died. Of course it has.
The nurses on my mum's ward are incredible but there just aren't enough of them. She waited three hours for pain relief.
Why is it that when I finally have a day off, I get a cold?
My best friend moved to Australia and I didn't realise how much I relied on her until she was gone.
Got told off at work for being two minutes late by a manager who takes two-hour lunches.
I'm so tired of people telling me to "just relax" about my exams. If I relax I'll fail.
My teenage daughter says I'm embarrassing for existing. Fair enough, I guess.
Small business owners, does anyone else feel like they're working 80 hours a week to pay everyone but themselves?
Spent all evening cooking a nice dinner and everyone ate it in silence staring at their phones.
"""

if __name__ == "__main__":
    rows = (rows_from(SMALLTALK, "safe", [], ["smalltalk"])
            + rows_from(REVIEWS, "safe", [], ["review"])
            + rows_from(VENTING, "safe", [], ["venting"]))
    write("statements_safe_more_a", rows)
