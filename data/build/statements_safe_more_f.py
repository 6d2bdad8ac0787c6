"""Safe statements, batch F: everyday talk across domains, formal letters and notices,
sensitive-topic discussion without endorsement."""

from statements_lib import write

FORMAL = """
opinion ::: Dear Editor, I write in support of the proposed cycle lanes on the High Street. As a pensioner who no longer drives, I would welcome safer streets for everyone.
political ::: To the members of the planning committee: I object to the proposed development on the grounds of traffic, flooding risk and the loss of green space.
news_talk ::: Notice to residents: the polling station for Ward 3 will be at St Luke's Church Hall this year. Polls are open from 7am to 10pm.
smalltalk ::: Dear neighbours, we are having a small garden party on Saturday afternoon. Apologies in advance for any noise; you are very welcome to pop in.
review ::: Dear Sir or Madam, I wish to complain about the service I received at your branch on 14 March. I waited ninety minutes and was then told to come back another day.
political ::: Dear Councillor, I am writing to ask why the pothole on Mill Road, reported six times since January, has still not been repaired.
opinion ::: Sir, your columnist's claim that young people are lazy is both insulting and unsupported by the evidence. Most of the young people I know work two jobs.
news_talk ::: Public notice: the council will hold a consultation on the new drug and alcohol strategy at the Town Hall on 2 May. All residents welcome.
personal_story ::: Dear Mrs. Ahmed, thank you for the care you gave my mother in her final weeks. Your kindness meant more to our family than I can say.
venting ::: To whom it may concern: this is my fourth letter regarding the damp in my flat. My children are now ill and I must insist the repairs are carried out immediately.
political ::: Dear MP, I urge you to vote for the bill on stronger protections for domestic abuse survivors. As a survivor myself, I know how much these changes matter.
mental_health ::: To my employer: I am requesting reasonable adjustments due to my diagnosed anxiety disorder, including flexible start times and a quieter workspace.
"""

MIX = """
smalltalk ::: The sky tonight is ridiculous, you can see the whole Milky Way from the campsite.
smalltalk ::: My grandson taught me how to send voice notes. Now I send him one every morning. He loves it. (He doesn't.)
smalltalk ::: Just dropped the kids at their first day of school. Bawled in the car. Totally fine.
smalltalk ::: Found a four-leaf clover in the park today. Buying a lottery ticket on the way home.
smalltalk ::: Our choir's singing at the hospice on Sunday, come along if you fancy it.
smalltalk ::: Finally got my allotment after 4 years on the waiting list! Brb, buying a shed.
smalltalk ::: Anyone know a good place to get a bike serviced near the city centre?
smalltalk ::: Waiting for my flight, the airport's packed, and someone's playing ukulele by gate 12. Vibes.
review ::: The audiobook of the spy thriller is brilliant, narrator does all the accents perfectly.
review ::: The Airbnb host left us homemade bread and a guide to the local walks. Lovely touch.
review ::: The jigsaw was 1000 pieces and three were missing. Company sent replacements within a week. Impressed.
review ::: The first-person shooter campaign is short but the level design is top tier.
review ::: That new fried chicken place is a heart attack in a box and I'll be going back tomorrow.
review ::: Historical drama about the French Revolution, very gory guillotine scenes, excellent acting.
review ::: The children's hospital ward was so well set up for kids, the play specialists were magic.
venting ::: My manager praised me in public and then gave me a bad review in private. Make it make sense.
venting ::: Honestly I'm burned out from caring for everyone else. Who looks after the carers?
venting ::: Why is every job advert "competitive salary" with no number? Just tell me.
venting ::: The school wants £80 for a trip to a farm. A farm. We live next to one.
venting ::: 3am and my neighbour's car alarm has gone off for the fifth time this week. Going to lose my mind.
news_talk ::: Police have asked people not to share the video of the stabbing out of respect for the victim's family.
news_talk ::: The bridge collapse was caused by years of neglected maintenance, according to the report.
news_talk ::: The court case against the arms dealer is finally going ahead after six years.
news_talk ::: Interesting study showing that areas with more street lighting saw fewer violent assaults.
news_talk ::: The journalist who exposed the people-smuggling ring deserves every award going.
news_talk ::: A teenager was arrested for making a hoax bomb threat to his school. Hope he gets help, not just punishment.
news_talk ::: The trial revealed how the fraudsters used fake election websites to harvest voters' data. Scary stuff.
news_talk ::: After the riot, hundreds of volunteers turned up with brooms. Communities are stronger than the hate.
political ::: I'm a nurse and I'll be striking next week. Not because I want to, but because we can't keep going like this.
political ::: Voting against the winter fuel cut is the least the opposition can do.
political ::: I want a candidate who talks about climate change like it's an emergency, because it is.
political ::: The "tough on crime" talk from both parties is depressingly similar every election.
opinion ::: People who leave dog poo bags hanging on trees are a special kind of villain.
opinion ::: Crime dramas that glamorise gangsters are fine as long as people remember they're fiction.
opinion ::: Pubs are community hubs and we should protect them like libraries.
opinion ::: The best way to stop kids getting involved in gangs is giving them somewhere to go and someone who believes in them.
opinion ::: Honestly the best anti-drug education I had was a former addict telling us her story. No scare tactics, just truth.
opinion ::: I don't think teenagers should be on social media before 16. The evidence on mental health is getting hard to ignore.
personal_story ::: My dad was a miner and lost two friends in an underground explosion. He never went back down. We moved south the next year.
personal_story ::: I was scammed out of £800 by someone pretending to sell a puppy online. The police said there's little they can do. Lesson learned.
personal_story ::: When I was 8 a man tried to lure me into his car. I ran home and my mum called the police. I'm grateful every day for the "stranger danger" talk.
personal_story ::: I was stalked by an ex for two years. The police finally took it seriously after I kept a detailed diary. If it's happening to you, write everything down.
personal_story ::: After my divorce I moved back in with my parents at 42. Humbling, but we've never been closer.
personal_story ::: Our village flooded last winter. Neighbours I'd never spoken to helped me carry furniture upstairs in the dark. That's community.
mental_health ::: Some days the best I can do is brush my teeth and feed the cat. That's enough.
mental_health ::: Anyone else find that anxiety makes them so tired? I feel like I've run a marathon after a social event.
mental_health ::: I've stopped drinking to cope with grief and started writing letters to my mum instead. It helps.
mental_health ::: My teenage son won't talk about his feelings, but he'll talk for hours while we're fishing. So we fish a lot.
mental_health ::: I'm six weeks into a new antidepressant. Side effects were rough but they've settled. Feeling more human.
mental_health ::: Gentle reminder: if you've been having thoughts of suicide, you can call a crisis line any time, day or night. I did, and it helped.
sex_ed ::: The new RSE curriculum covers online safety, consent and healthy relationships. As a parent I think it's brilliant.
sex_ed ::: Does anyone know if you can get the HPV jab as an adult? I missed it at school.
sex_ed ::: It's okay not to know your sexuality at 15. Or 25. Or ever. Labels are optional.
sex_ed ::: Just a reminder that emergency contraception is free at many pharmacies and sexual health clinics.
dark_humor ::: I told my wife I want to be cremated. She's already booked the barbecue.
dark_humor ::: My gym membership and I have a lot in common. We both look good on paper and haven't been used in months.
dark_humor ::: I'd like to die like my great-grandmother: at 103, mid-argument, having clearly won.
profanity ::: Fuck, I burned the toast and the smoke alarm's gone off and woken the baby. Great start.
profanity ::: Well that was a bloody waste of an afternoon.
profanity ::: Oh shit, I've just realised today's my anniversary.
"""

if __name__ == "__main__":
    rows = []
    for block in (FORMAL, MIX):
        for line in block.strip().splitlines():
            tag, text = [p.strip() for p in line.split(":::", 1)]
            tags = [tag, "formal"] if block is FORMAL else [tag]
            rows.append({"text": text, "label": "safe", "categories": [], "tags": tags,
                         "contrast_group": None})
    write("statements_safe_more_f", rows)
