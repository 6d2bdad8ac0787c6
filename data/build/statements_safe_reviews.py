"""Safe reviews (products, restaurants, films, books, places) and venting."""

from statements_lib import rows_from, write

REVIEWS = """
Five stars. The noise-cancelling on these headphones is so good I missed my stop twice.
Two stars. Kettle looks nice but the lid pops open every time it boils and the handle gets hot.
The pasta was overcooked and the sauce tasted like it came from a jar. Service was friendly though.
Absolutely loved this place! The lamb tagine was tender, the staff were lovely, and the mint tea was on the house.
Would not recommend. Waited 50 minutes for a cold burger and nobody apologised.
this vacuum is a beast, picked up dog hair from the carpet I didn't even know was there
Returned it after a week. Battery life was nowhere near the 12 hours advertised, more like 5.
Decent phone for the price. Camera struggles in low light but otherwise no complaints.
The hotel room was spotless and the view over the bay was stunning. Breakfast buffet was a bit sad.
Honestly the worst customer service I've ever dealt with. Three calls, three different answers, no refund.
Great little cafe, lovely flat white, but the chairs are murder on your back after twenty minutes.
The film drags in the middle but the final half hour is some of the best action I've seen in years.
Gorgeous cinematography, paper-thin plot. Worth seeing on a big screen, not worth buying.
The lead actor absolutely kills it in this role. Deserves every award going.
I went in expecting a horror film and got a two-hour meditation on grief. Not complaining, just warning you.
This thriller has a body count in the double digits and somehow it's still boring. 2/10.
Loved the book. The twist at the end made me go back and reread the first chapter.
The audiobook narrator has the most soothing voice, I fell asleep every night and had to rewind constantly. Not his fault.
Three stars. The plot about the assassin was gripping but the romance subplot felt tacked on.
The true crime podcast is well researched but the hosts joking about the victims made me uncomfortable.
Bought these running shoes for a marathon. 400 miles later, still going strong. Top marks.
The blender is LOUD. Like, wakes-the-neighbours loud. Makes a great smoothie though.
Arrived broken, replacement arrived broken too. Third time lucky? No. Refund requested.
The hiking boots leaked on the first wet walk. Not what you want from "waterproof".
This air fryer has changed my life, crispy chips with a spoonful of oil. Cleaning the basket is a pain though.
Cheap, cheerful, does the job. It's a can opener, what more do you want.
The new update ruined the app. Everything takes three taps that used to take one.
Stayed at the campsite for a week. Clean showers, friendly owners, and the kids loved the lake.
Food was fine, but £18 for a starter is daylight robbery.
The escape room was brilliant, genuinely tricky puzzles and the staff were great sports when we got stuck.
The museum's new war gallery is sobering and very well done, especially the letters from soldiers.
Great gig, terrible venue. Sound kept cutting out and the bar ran out of everything by nine.
This video game has the best story I've played in a decade. Cried at the end, not ashamed.
The multiplayer is full of cheaters and the developers don't seem to care. Uninstalled.
The combat in this game is so satisfying, every headshot feels earned.
The season finale was a mess, they killed off my favourite character for literally no reason.
Solid documentary on the opioid crisis. Balanced, human, and angry in the right places.
The bakery's croissants are flaky and buttery, best I've had outside France.
Mattress is too firm for me but my partner loves it, so three stars as a compromise.
Kids' bike was easy to assemble and my daughter's been riding it non-stop. Brakes needed adjusting out of the box.
The dentist was so gentle and explained everything. Finally not terrified of going.
Taxi app charged me twice and their chatbot just kept sending me the FAQ. Useless.
The Thai place on Station Road does the best green curry in town, and the portions are huge.
Wouldn't stay here again. Thin walls, broken aircon, and a suspicious stain on the carpet.
The standup special had me crying laughing, especially the bit about his dad and the sat nav.
The sequel is louder, longer and dumber than the original. Exactly what I wanted, honestly.
This knife set is seriously sharp, I nearly took a fingertip off the first time. Great quality.
Lovely B&B, the owners made us packed lunches for our walk without us asking.
The language course is well structured but the speaking practice is really limited.
Ordered a large pizza, got a medium. Complained, got a shrug. One star.
The fitness tracker counts me brushing my teeth as 400 steps. Flattering but not accurate.
The concert was a blast, the crowd went absolutely mental for the encore.
The novel's depiction of addiction is unflinching and honest, the kind of book that stays with you.
The spa day was relaxing but they kept trying to upsell us products every five minutes.
Perfect little tent for solo trips. Packs down tiny, goes up in five minutes.
The kids loved the zoo, but the enclosures for the big cats felt a bit small, which was sad to see.
Terrible wifi, great beer. Pub gets three stars.
The graphic novel about the war in Bosnia is harrowing and beautifully drawn.
Good coffee, rude barista. Not going back.
The cordless drill has plenty of power and the battery lasts all day. Solid buy.
Honestly underwhelmed by the Michelin star place. Tiny portions, huge bill, and the foam tasted of nothing.
The new series about the cartel is gripping but the violence gets gratuitous by episode five.
Charming local theatre production. The actor playing the villain stole the show.
"""

VENTING = """
I've been at this job for three years and I still get spoken to like I started yesterday. Exhausted.
My manager scheduled a 5pm meeting on a Friday to talk about "work-life balance". You cannot make this up.
Exams in two weeks and I have absorbed literally nothing. My brain is soup.
Why does my mum always wait until I'm leaving to bring up the one thing she's been annoyed about for a month
Landlord has ignored the mould in the bathroom for six months and now wants to raise the rent. Unreal.
I'm so tired of being the only one in the group project who does anything.
Got passed over for promotion again, and the guy who got it has been here eight months. I'm gutted.
my sister borrowed my car and returned it with no petrol and a parking ticket on the dash. love that for me
Open-plan offices were designed by someone who hated humans.
Third all-nighter this week for a deadline that got moved anyway. Why do I bother.
My in-laws are staying for two weeks. It's day three. Send snacks and patience.
I hate that nobody at work ever says thank you. It's not hard.
Studying for the bar exam is slowly eating my soul, I haven't seen daylight in days.
My flatmate keeps eating my food and then acting surprised when I mention it.
The NHS waiting list for my knee op is now 14 months. I can barely walk the dog.
Spent two hours on hold to the council just to be told to email instead.
Being a carer for my dad while working full time is breaking me a bit, honestly. I love him but I'm running on empty.
My kid's school sends about 40 emails a week and somehow I still miss the one about non-uniform day.
I revised everything except the one topic that came up. Every single time.
The new boss wants daily reports on what we did that day. I'd get more done if I didn't have to write it.
My dad keeps forwarding me conspiracy videos and I don't know how to talk to him anymore.
Family Christmas is always the same: my uncle starts on politics, my aunt cries, the turkey is dry.
Job hunting is soul destroying. 60 applications, 2 interviews, 0 offers.
Being the eldest daughter means being everyone's therapist and nobody's priority.
I'm so fed up of my ex turning up late for the kids' handover every single weekend.
The group chat planning this hen do is a warzone and I just want to go home
Trying to get a GP appointment is like trying to get Glastonbury tickets.
I'm 32 and my parents still treat every decision I make like a mistake in progress.
my uni module has had four different lecturers this term and none of them agree on what's in the exam
I love my job but the commute is slowly killing me. Two hours each way.
It's infuriating that the company made record profits and our pay rise is 1%.
I'm tired of pretending I'm fine at work when my marriage is falling apart at home.
The noise from the building site next door starts at 7am sharp. I work nights. I am going insane.
My teenage son communicates exclusively in grunts and I miss him even though he's right there.
Why does every form I fill in ask for the same information four times
My thesis supervisor has not replied to an email in five weeks. Five.
The train was cancelled, the replacement bus was cancelled, and I walked the last four miles in the rain. Great day.
I hate group interviews. Nothing makes me feel less like myself than competing for airtime with strangers.
Honestly I could scream. My brother has borrowed money from me again and I know I'll never see it back.
I'm so burnt out I cried in the work toilets today. Taking tomorrow off, don't care anymore.
My mother-in-law reorganised my kitchen while I was at work. Reorganised. My. Kitchen.
Nobody tells you how lonely it is moving to a new city in your 30s.
Teaching thirty teenagers while the heating's broken and half the laptops don't work. Education!
My shift got changed with two hours' notice again and I had to cancel my daughter's birthday dinner.
I failed my driving test for the third time and the examiner was so smug about it.
Dear universe, I would like one week where the washing machine, the car and the boiler all work at the same time.
I'm a nurse and I'm absolutely done being shouted at by people in A&E who've been waiting an hour while we're short five staff. I get that they're scared. I'm scared too.
My coworker takes credit for my work in every meeting and I freeze every time instead of saying something.
The wedding planning has turned my fiancé and me into people who argue about napkin colours. Help.
I just need one day where I'm not the responsible one.
"""

if __name__ == "__main__":
    rows = (rows_from(REVIEWS, "safe", [], ["review"])
            + rows_from(VENTING, "safe", [], ["venting"]))
    write("statements_safe_reviews_venting", rows)
