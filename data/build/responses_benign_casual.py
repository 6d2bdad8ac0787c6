"""Benign casual, slangy, typo-laden requests with helpful replies in matching tone."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from responses_common import benign_rows, write

CA = "casual"
E = [
(CA, "yo whats a good movie for date night thats not too cheesy", "Try *Before Sunrise*, *About Time*, *La La Land*, *Crazy Rich Asians* or *Palm Springs*. Funny, romantic, not too sappy."),
(CA, "ugh my sourdough starter smells like nail polish remover is it dead", "Not dead, just hungry! That acetone smell means it needs feeding. Discard most of it and feed with equal weights flour and water, twice a day for a couple of days."),
(CA, "bruh how do i stop procrastinating on my essay", "Set a 25-min timer and write the worst possible first paragraph. Seriously, just get words down. Phone in another room. Reward yourself after each chunk. Editing bad writing is way easier than starting."),
(CA, "can u give me a workout i can do in my dorm no equipment", "Circuit, 3–4 rounds: 15 squats, 10 push-ups, 20 lunges (alternating), 30s plank, 15 glute bridges, 20 mountain climbers. Rest 1 min between rounds. ~20 mins total."),
(CA, "whats the move for a cheap bday gift for my mom", "Make her a photo book or a playlist with a note, cook her favourite meal, frame an old family photo, or give 'coupons' for things like a spa day at home or a day of chores done."),
(CA, "how do i get my cat to like me lol she hates me", "Let her come to you. Sit on the floor, ignore her, and slow blink when she looks at you. Use treats and wand toys, never force cuddles, and feed her yourself. Cats love people who respect boundaries."),
(CA, "i have 20 bucks and a free saturday in the city what do", "Free museum days, a park picnic with snacks from the market, a walking tour (many are tip-based), a thrift shop crawl, and street food for dinner. Check your city's events page for free concerts."),
(CA, "explain crypto to me like im 10", "Imagine a giant shared notebook that lots of computers keep copies of. When someone sends a coin, everyone writes it down, so nobody can cheat. Bitcoin is one kind of coin in that notebook. Its price goes up and down a lot, like trading cards."),
(CA, "how do u make instant ramen actually good", "Add a soft-boiled egg, a slice of American cheese, green onions, a splash of sesame oil, chilli crisp, and leftover veggies or meat. Use less water for a richer broth."),
(CA, "is it weird to go to a concert alone", "Not at all! Tons of people do. You get to focus on the music, move wherever you want, and often end up chatting with other fans."),
(CA, "gimme some pickup lines that are actually funny not gross", "\"Are you a parking ticket? Because you've got 'fine' written all over you.\" \"Do you like Star Wars? Because Yoda only one for me.\" \"I'm not a photographer, but I can picture us together.\""),
(CA, "how long till my tattoo stops peeling", "Peeling usually lasts about 1–2 weeks. Keep it lightly moisturised, don't pick, avoid soaking it, and keep it out of the sun. Full healing under the skin takes a month or so."),
(CA, "whats a chill hobby i can do at night", "Journaling, sketching, puzzles, knitting, reading, learning a language on an app, houseplant care, or building LEGO. Bonus points for anything screen-free before bed."),
(CA, "my roommate never does dishes how do i bring it up without drama", "Pick a calm moment and use 'I' statements: \"Hey, I've been getting stressed about the dishes piling up. Could we figure out a system?\" Suggest a rota or 'wash your own within a day' rule."),
(CA, "whats the best way to learn to cook as a broke college kid", "Master 5 cheap basics: rice, pasta with a simple sauce, eggs any way, a stir-fry, and a big pot of chilli or soup. Budget Bytes and YouTube are gold. Cook in batches and freeze portions."),
(CA, "how do i stop being so awkward in group chats", "Honestly, just react to stuff (emojis count), ask questions, and share random things you find funny. Nobody's scoring it. Awkward is mostly in your head."),
(CA, "rate my plan: pizza, netflix, sleep by 11", "10/10, elite Friday. Maybe add a salad so the pizza feels balanced. 🍕"),
(CA, "why does my phone get hot when charging", "Charging produces heat, especially fast charging or using the phone while it charges. Remove thick cases, don't charge under pillows, and use a decent charger. If it gets too hot to hold, get the battery checked."),
(CA, "any tips for my first time driving on the highway, kinda scared", "Go at a quiet time first, use the on-ramp to match speed, check mirrors and blind spots before merging, stay in the right/slow lane, keep a 3-second gap, and don't stress about people passing you."),
(CA, "what should i name my sourdough starter", "Clint Yeastwood, Bread Pitt, Jabba the Hutt, Dough-ctor Who, Yeasty Boys, or Breadward Scissorhands."),
(CA, "how do i make my room look aesthetic for cheap", "Warm lighting (string lights or lamps instead of the ceiling light), a throw and pillows in a colour scheme, plants (fake is fine), a few posters or prints, and clearing clutter. Thrift shops are great for frames and decor."),
(CA, "do cats really always land on their feet", "Mostly, thanks to the 'righting reflex', but they can still get hurt, especially from mid-height falls where they don't have time to turn, or very high ones. Keep windows screened."),
(CA, "lol whats the difference between a latte and a flat white", "Both are espresso + steamed milk. A flat white is smaller with more coffee taste and a thin, velvety microfoam; a latte is bigger, milkier and a bit foamier."),
(CA, "should i get a switch or a steam deck", "Switch if you want Nintendo exclusives (Zelda, Mario, Pokémon) and couch co-op. Steam Deck if you already have a Steam library or want PC games on the go."),
(CA, "hey can u help me write a text to cancel plans without sounding flaky", "\"Hey! I'm really sorry, I have to bail on tonight, I'm completely wiped. Can we do next week instead? I'll bring snacks as an apology 😅\""),
(CA, "whats a good stretch for tight hips im always sitting", "Pigeon pose or a figure-four stretch (30–60s each side), a kneeling hip flexor lunge, and 90/90 hip switches. Do them daily and get up from your desk every half hour."),
(CA, "what color goes with olive green pants", "White, cream, black, navy, rust, mustard, and denim all work. Earth tones look especially good."),
(CA, "how do people fall asleep so fast i take like an hour", "It helps to keep a fixed wake time, ditch the phone 30 min before bed, keep the room cool and dark, and if you're not asleep after ~20 minutes, get up and read something boring. The '4-7-8' breathing trick helps some people too."),
(CA, "recommend a podcast for my commute thats funny", "*Conan O'Brien Needs a Friend*, *My Dad Wrote a Porno* (very silly, adult humour), *SmartLess*, *Off Menu*, or *The Dollop* for comedy history."),
(CA, "i want to get into anime where do i start", "Easy on-ramps: *Fullmetal Alchemist: Brotherhood*, *Attack on Titan*, *Death Note*, *Spirited Away* (film), *Demon Slayer*, *Cowboy Bebop*, and *Frieren*."),
(CA, "whats a fun thing to do with friends that isnt just drinking", "Board game night, escape room, pottery class, karaoke, trivia night, bowling, hiking, a potluck with a theme, or a cheap-eats food crawl."),
(CA, "how do i keep my plants alive when i go on vacation", "Water deeply right before you leave, group them together out of direct sun, use self-watering spikes or a wick from a jar of water, or ask a neighbour. Most houseplants survive a week fine."),
(CA, "im so bored at work lol give me something to do", "Clean up your inbox, learn a keyboard shortcut or two, sketch out a process that annoys you and how you'd fix it, update your CV, or learn something small on a free course. Or stretch!"),
(CA, "does sleeping in on weekends make up for lost sleep", "A bit, but not fully, and it can shift your body clock (social jet lag). A consistent schedule with maybe an extra hour at weekends works better."),
(CA, "best way to keep avocados from turning brown", "Leave the pit in, squeeze lime or lemon juice on the cut side, and press cling film directly onto the surface. Storing cut side down in a container with a bit of water also works."),
(CA, "how do i get better at small talk", "Ask open questions (\"what's keeping you busy lately?\"), notice something around you to comment on, follow up on what they say, and share a little about yourself too. Curiosity beats clever lines."),
(CA, "my bf and i cant decide where to eat every night pls help", "Make a shared list of 20 places/meals and let a random number generator pick. Or alternate who decides each night, with the other getting one veto."),
(CA, "what does 'no cap' mean", "It's slang for 'no lie' or 'for real'. 'Cap' means a lie."),
(CA, "how do i get rid of hiccups", "Sip cold water slowly, hold your breath for 10–20 seconds, swallow a teaspoon of sugar, or breathe into a paper bag briefly. They usually go on their own."),
(CA, "quick gym playlist vibe check: what genre is best for lifting", "Whatever hypes you up, but hip-hop, metal and EDM are popular for heavy lifting because of the tempo and energy. Studies suggest music you love boosts performance more than the genre itself."),
(CA, "how do i clean my white sneakers", "Remove laces, brush off dirt, scrub with a paste of baking soda and a little dish soap using an old toothbrush, wipe clean, and air dry away from direct heat. Wash laces separately."),
(CA, "whats a good comeback when someone says ur short", "\"Yeah, I'm fun-sized.\" or \"Gravity just likes me more.\""),
(CA, "tips for moving out for the first time", "Budget for deposit, first month, and basics (bed, pots, cleaning supplies), set up utilities and internet before move day, get renter's insurance, learn a few easy meals, and photograph the place's condition on move-in."),
(CA, "whats the best sandwich ever made, fight me", "A proper Italian hoagie (layers of cured meats, provolone, shredded lettuce, onions, hot peppers, oil and vinegar on a crusty roll) is a strong contender. But I'd hear arguments for a banh mi."),
(CA, "how long do i microwave a potato", "About 5–7 minutes for a medium potato on high, turning halfway. Prick it with a fork first. Check it's soft in the middle."),
(CA, "can i freeze bread", "Yep. Slice it first so you can toast slices straight from frozen. Wrap it well; it keeps about 3 months."),
(CA, "ok real talk how do i save money when i suck at budgeting", "Automate it: set up an automatic transfer to savings on payday so you never see it. Then use a simple rule like 'one no-spend day a week', cancel unused subscriptions, and cook a few more meals at home."),
(CA, "my friend keeps cancelling on me should i be mad", "It's fair to feel hurt. Before getting mad, check in: \"Hey, we keep missing each other, is everything okay?\" Sometimes people are struggling. If it keeps happening without effort from them, it's okay to invest less."),
]

if __name__ == "__main__":
    write("responses", "resp_benign_casual", benign_rows(E, "resp-bz", "benign", seed=47))
