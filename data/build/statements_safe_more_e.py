"""Safe statements, batch E: tweets, game chat, reply comments, forum replies, reviews."""

from statements_lib import rows_from, write

SMALLTALK = """
gg wp everyone, that last round was insane
@mike_d congrats on the new job mate, well deserved!!
Replying to @bakerbella: that loaf looks incredible, recipe please?
#MondayMotivation is coffee. That's the whole motivation.
Anyone else's cat judge them at 6am for not feeding them fast enough
lol my little brother just beat me at Mario Kart and he's 7, I'm retiring
Replying to @travelwithsam: Lisbon is gorgeous in spring, go to the custard tart place in Belém!
Thread: my favourite walks in the Peak District, in no particular order 🧵
Just saw the biggest spider of my life in the bath. Moving out. Bye.
Booked a surprise trip for my partner's 40th. He has no idea. Don't tell him.
The new coffee shop on Queen St has a resident dog called Biscuit and I'm now a regular.
it's officially jumper season and i'm thrilled
Replying to @gardenergemma: my tomatoes got blight too, gutted, there's always next year
When your meeting gets cancelled and you gain an hour of life back 🙌
Just hit level 100 after two years of playing. No life, no regrets.
ok the new season of the cooking show is so chaotic, the souffle episode had me screaming
Anyone selling a second-hand pram in decent nick? First baby due in March!
Replying to @rainy_days: same, I've had the heating on since September and I'm not sorry
Me, an adult: *eats cereal for dinner*. Also me: *feels like a rebel*.
Good morning to everyone except the person who took the last oat milk at the office.
Gonna go absolutely ham at the all-you-can-eat buffet tonight, wish me luck.
Our town's Christmas lights switch-on was tiny but the brass band was brilliant.
Replying to @footie_fan: what a goal though! Top corner from 30 yards!
The cat has discovered the printer and now everything I print has paw prints. Art.
Finally watched that film everyone's been talking about. Yep. Cried. Fair enough.
"""

REVIEWS = """
★★★★★ Fast delivery, well packaged, the lamp looks even nicer in person.
★★☆☆☆ The phone case cracked the first time I dropped it. Not much protection.
★★★☆☆ Decent headphones for the gym but they fall out when I run.
★☆☆☆☆ The "leather" sofa is definitely not leather. Peeling after three months.
★★★★☆ Great hotel, very central, but the walls are paper thin.
The mechanic was honest and told me I didn't need the expensive repair. Rare. Five stars.
Service was slow but the food made up for it. The lamb shank fell off the bone.
Don't bother with the "luxury" glamping site. It's a shed with fairy lights.
Best kebab in the city, no contest. The chilli sauce could kill a man, in a good way.
The thriller's final twist was obvious from chapter three. Still enjoyed it.
The dentist's new hygienist is so gentle, first time I haven't dreaded the appointment.
The kids' party venue was chaos but they loved it, and the staff were saints.
Smart watch tracks my sleep brilliantly, tells me I sleep badly. Thanks, I know.
The new vegan burger tastes exactly like beef. Unsettling. Delicious.
Cinema seats were sticky and someone's phone went off three times. The film was great though.
The organic veg box had more soil than veg this week. Two stars.
The tour guide at the castle knew everything about the sieges and the executions, fascinating stuff.
The wedding photographer captured everything perfectly, even my uncle falling into the pond.
Bought the cheapest lawnmower available. It's loud, it's slow, and it works. Three stars.
Honestly disappointed in the museum's new exhibition, half the rooms were closed.
"""

NEWS_POL = """
news_talk ::: Replying to @bbcnews: this is heartbreaking, thinking of everyone affected by the attack.
news_talk ::: Thread on the history of the conflict and why the latest ceasefire matters 🧵
news_talk ::: Seeing a lot of misinformation about the shooting going round. Wait for confirmed reports before sharing names.
news_talk ::: The hospital ransomware attack delayed my mum's chemo by a week. These criminals have no idea of the harm they cause.
news_talk ::: Replying to @localpaper: the knife crime stats are shocking but the community centres you closed were the answer.
news_talk ::: Don't believe the rumours — polls are open until 10pm as normal. Check the council website if unsure.
news_talk ::: The drug checking service at the festival found three batches of fake pills. That's lives saved.
news_talk ::: Big respect to the election staff working through the night to count every vote.
political ::: Replying to @PMoffice: how about you fund schools properly before announcing another review?
political ::: #GeneralElection my postal vote's in. Not telling you who for, but it wasn't the incumbents.
political ::: Hot take: both main parties are ignoring the housing crisis because too many MPs are landlords.
political ::: The minister's resignation letter is a masterclass in blaming everyone else.
political ::: Ugh, the local candidate leafleted my house four times this week. I get it, you want my vote.
political ::: The debate moderator let the President talk over everyone. Terrible job.
political ::: I'm a conservative and I think the party has lost its way. Bring back fiscal responsibility.
political ::: Proud to have voted for the first time today! 🗳️
"""

DARK = """
My dating profile says "looking for someone to split the cost of a cemetery plot with".
My doctor said I'd live to 100 if I gave up drinking and junk food. Sounds like a very long boring life.
The weather forecast said "feels like minus 5". My soul said "feels like death". Same thing, really.
I'm at the age where my back goes out more than I do.
My therapist and my bartender have started comparing notes.
When I go, bury me face down so my enemies can kiss my... you know the rest.
Nothing like a family funeral to find out which cousin has become a crypto bro.
"""

PROF = """
holy fuck this sunset
this damn wifi, I swear
Bollocks to this, I'm going home early
That was a fucking brilliant gig, best night of the year
Shit, forgot my keys, gotta wait for the landlord
What the hell is this weather, four seasons in one afternoon
The bloody dog ate my sandwich off the counter again
Goddammit, I left the roast in too long
"""

if __name__ == "__main__":
    tagged = []
    for line in NEWS_POL.strip().splitlines():
        tag, text = [p.strip() for p in line.split(":::", 1)]
        tagged.append({"text": text, "label": "safe", "categories": [], "tags": [tag],
                       "contrast_group": None})
    rows = (rows_from(SMALLTALK, "safe", [], ["smalltalk"])
            + rows_from(REVIEWS, "safe", [], ["review"]) + tagged
            + rows_from(DARK, "safe", [], ["dark_humor"])
            + rows_from(PROF, "safe", [], ["profanity"]))
    write("statements_safe_more_e", rows)
