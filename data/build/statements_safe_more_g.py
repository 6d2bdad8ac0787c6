"""Safe statements, batch G: chat-style, typos, slang, Reddit/WhatsApp registers."""

from statements_lib import write

CHAT = """
smalltalk ::: omg did u see what happened on love island last nite
smalltalk ::: ya im down for pizza, pepperoni tho not that pineapple nonsense
smalltalk ::: bruhhh the bus driver just skipped my stop AGAIN
smalltalk ::: can u grab milk on ur way home pls x
smalltalk ::: running 10 mins late sry, traffic is mental
smalltalk ::: tbf the new season isnt as good as the first one but im still watching lol
smalltalk ::: wait is it tuesday today?? i thought it was wednesday
smalltalk ::: dinner at mine sunday? mum's doing a roast
smalltalk ::: me n jen are going to the cinema later if u wanna come
smalltalk ::: ngl that exam was easier than i thought, maybe i'll actually pass
smalltalk ::: happy bday bro!!! have a mad one 🎉🎉
smalltalk ::: the cat sat on my laptop and sent my boss "jjjjjjjjjjjjjjj". i'm getting fired
smalltalk ::: ok whos taking the aux on the road trip, i refuse to listen to 4 hrs of podcasts
smalltalk ::: anyone else get the weird email from the uni about parking? what does it even mean
smalltalk ::: TIL octopuses have three hearts. I've been underachieving.
smalltalk ::: my nan just sent me a thumbs up to a photo of my ultrasound. she's thrilled apparently
smalltalk ::: r/mildlyinteresting: my egg had two yolks this morning
smalltalk ::: Edit: thanks for the gold, kind stranger!
smalltalk ::: update: the lost cat came home! she was in the neighbour's shed the whole time
smalltalk ::: does anyone kno when the big tesco shuts on sundays
smalltalk ::: yesss the heating's fixed finally, no more hoodie in bed
smalltalk ::: tryna learn guitar but my fingers are dying, how long till it stops hurting
smalltalk ::: if anyone needs me i'll be on the sofa for the next 3 days recovering from this week
smalltalk ::: just got soaked by a bus driving through a puddle. iconic start to the day
smalltalk ::: whos watching the eurovision tonight, we're doing a sweepstake
venting ::: cant sleep again, brain wont shut up about work stuff
venting ::: my mum keeps commenting on my weight every time i visit and i'm so done
venting ::: why is my rent going up when the landlord hasnt fixed the boiler in 2 yrs
venting ::: lowkey hate my job but the pay is decent so here i am
venting ::: AITA for not going to my sister's wedding after she uninvited my partner? feeling really torn
venting ::: my bf forgot our anniversary and then said "it's just a date". cool cool cool
venting ::: so tired of doing everything at home while my housemates do nothing. made a rota. ignored.
venting ::: i swear revision is harder than the actual exam
venting ::: work is just back to back meetings now, when am i supposed to actually do the work
venting ::: ugh my car failed its MOT, that's my holiday fund gone
review ::: 10/10 would get lost in this bookshop again
review ::: tbh the hype about that bubble tea place is overblown, it's just sweet milk
review ::: the new phone camera is insane, night mode is magic
review ::: worst haircut of my life, she took off 4 inches when i asked for a trim
review ::: ok that ramen was so good i nearly cried
review ::: the festival lineup was fire but the toilets were a war crime
review ::: the vpn app slowed my internet to a crawl, uninstalled
review ::: new season of the crime show is mad, that cliffhanger killed me
opinion ::: unpopular opinion: cereal is a soup
opinion ::: socks with sandals are comfy and i dont care who sees
opinion ::: tbh remote work saved my mental health, not going back to the office
opinion ::: people who talk in the cinema should be sent to the shadow realm (banned, i mean)
opinion ::: the best christmas film is die hard and i will not be taking questions
opinion ::: kids today have it harder than we did, the internet never switches off
political ::: cant believe the council's spending 2 mil on a roundabout sculpture while the library closes
political ::: pls register to vote if u havent, deadline is monday
political ::: both parties are a joke ngl, i'm spoiling my ballot
political ::: the PM's interview was painful, he didnt answer a single question
news_talk ::: just saw the news about the shooting, that's so close to my cousin's school, she's ok thank god
news_talk ::: y'all please stop sharing that video of the crash, there are families involved
news_talk ::: wild that the drug bust was in our town, always thought it was so quiet here
news_talk ::: the stabbing on the high street last night is so sad, he was only 17
news_talk ::: seeing all the flowers outside the school after the attack, this town is grieving
mental_health ::: been having a rough week, not sleeping much. talking to my gp tmrw
mental_health ::: anyone else get the sunday scaries so bad they feel sick?
mental_health ::: idk how to explain to my parents that i'm depressed, they think its just teenage stuff
mental_health ::: therapy is expensive but so is falling apart. worth it
mental_health ::: today i ate 3 meals and went outside. recovery wins, however small
mental_health ::: if ur struggling tonight pls reach out to someone, even a stranger on a helpline. u matter
sex_ed ::: my gf and i had the "get tested together" convo and honestly it brought us closer
sex_ed ::: can u get pregnant on your period? asking bc sex ed at my school was useless (answer: yes, it's possible)
sex_ed ::: reminder: you can say no at any point, even if you said yes before
personal_story ::: 1 yr clean from weed today, didnt think i'd make it
personal_story ::: my dad got out of prison last week after 8 yrs. we had a takeaway and watched the footy like nothing happened. best night
personal_story ::: lost my job, my car and my flat in the same month last year. got all three back now. it gets better
personal_story ::: my grandma survived a genocide and still hums while she cooks. strongest person i know
dark_humor ::: me: i'll just have one biscuit. also me: *funeral for the packet*
dark_humor ::: my bank account is in witness protection, nobody's seen it in weeks
dark_humor ::: the fire alarm at work went off and nobody moved. we've all accepted our fate
profanity ::: fml the wifi's down again
profanity ::: shiiiit i forgot to submit the assignment
profanity ::: holy hell that was a good burger
profanity ::: fuckin love fridays
"""

if __name__ == "__main__":
    rows = []
    for line in CHAT.strip().splitlines():
        tag, text = [p.strip() for p in line.split(":::", 1)]
        rows.append({"text": text, "label": "safe", "categories": [], "tags": [tag],
                     "contrast_group": None})
    write("statements_safe_more_g", rows)
