"""Safe statements, batch B: sensitive topics discussed, condemned, or lived through."""

from statements_lib import rows_from, write

NEWS = """
The footage from the refugee boat that capsized is heartbreaking. Those were families.
The terror suspect was radicalised in prison, which tells you everything about our prison system.
Genuinely chilling how the cult leader got people to hand over everything. Great doc though.
A toddler found his dad's loaded gun and shot his sister. Lock up your guns, people. Please.
The gang war in our city has killed nine teenagers this year. Nine. Where's the urgency?
Glad they overturned his conviction. Twenty years in prison for a murder he didn't commit.
Honestly the armed robbery at the jeweller's looked like a film. Glad nobody was hurt.
The riot police kettled peaceful protesters for eight hours. That's not public order, that's punishment.
Another overdose cluster linked to fake pills. If you use, test your drugs and don't use alone.
The coup attempt failed and the ringleaders are in custody. Democracy held, barely.
The hostage situation ended peacefully after 14 hours. Massive respect to the negotiators.
Europol says cybercrime is now bigger than the drugs trade. Change your passwords, folks.
The arson attack on the refugee centre was a hate crime and should be prosecuted as one.
They've finally charged the officers involved in the death in custody. Long overdue.
Reading about the trafficking of kids across the border made me physically sick. I hope the network is destroyed.
The bombing campaign has levelled half the city. I don't know how anyone can defend that.
Incredible how the community came together after the flood, strangers rowing boats down high streets.
Turns out the "random" stabbing was domestic. Most violence against women is by someone they know. The stats are grim.
Mass shootings in the US are so common now they barely make the news here. That's terrifying.
The extremist group's leader was jailed for life today. Good riddance.
Ballot counting is still going on in three states. Patience, people, this is normal.
Election officials in my county have been getting death threats. That's disgusting, they're volunteers.
Voting by post is easy, just apply by the deadline. I've done it for years.
Exit polls were way off again. I'll wait for the actual results.
Record early voting turnout this year, love to see it.
The anti-drug campaign in schools is the same scare tactics that didn't work in the 90s. Give kids facts.
The serial killer documentary spent way too long on the killer and barely mentioned the women he murdered.
The bomb disposal team spent all night making the WW2 shell safe. Heroes.
Peace talks resume next week. Cautiously hopeful for the first time in years.
Survivors of the attack are suing the platform that hosted the livestream. I hope they win.
"""

POLITICAL = """
The minister's housing target is pure fantasy and everyone in the industry knows it.
I used to vote Conservative but the last few years have pushed me away. Not sure where I fit now.
The opposition have no plan beyond "not them". That's not good enough.
The new protest law is a huge overreach. You shouldn't need permission to be annoying.
Taxing the rich more won't fix everything, but it would be a start.
I'm a lifelong socialist and even I think the party conference was a disaster.
The PM's wife's business interests should have been declared. That's basic.
Our senator is a coward who won't even hold a town hall.
It's wild that we still don't have proportional representation.
Free school meals for every child is the best policy announced this year and I'll fight anyone on it.
The mayor's congestion charge is unpopular but probably right. Air pollution kills people.
I think the Chancellor is genuinely out of his depth and it shows every time he opens his mouth.
Stop calling people who want lower immigration racist and stop calling people who want higher immigration traitors. Both are lazy.
The defence budget increase is necessary given what's happening in Europe. I never thought I'd say that.
Campaign finance reform now. No more billionaires buying elections on either side.
"""

OPINION = """
Children's football coaches who scream at ten-year-olds should be banned from the touchline.
Honestly I think most true crime podcasts should pay the victims' families.
Schools should teach kids how to spot misinformation. It's a survival skill now.
The "war on drugs" has been lost for decades. Time for something new.
I don't think hunting foxes with dogs should ever come back. It's cruelty dressed up as tradition.
Sentences for drink driving are far too lenient.
Knife amnesty bins are a good idea, even if they only take a few blades off the street.
People who bring crying babies on long flights aren't monsters. Babies cry. Get headphones.
The obsession with productivity is making us miserable.
We don't talk enough about men's mental health. Suicide is the biggest killer of men under 50 here.
Horror films are good for you. Controlled fear is cathartic. Fight me.
Private schools should pay VAT. Yes I went to one. Yes I still think so.
Facial recognition cameras in city centres are a step too far for me.
Boxing should be taught in schools. It teaches discipline and respect better than anything.
Paying ransomware gangs only funds the next attack. It should be banned.
"""

STORIES_MH = """
personal_story ::: My dad was a heavy drinker when I was growing up. Christmases were tense, birthdays were unpredictable, and I learned to read his mood from the way he closed the front door. He got sober when I was 16. We're close now, which I never expected. People can change, but it took him nearly losing everything.
personal_story ::: My best mate was killed in a motorbike accident when we were 20. For years I couldn't ride past the junction where it happened. Last month I finally took his son, who's now 12, to a track day like his dad always talked about. The kid has his laugh. I cried in the helmet the whole time.
personal_story ::: I was a victim of identity theft last year. Someone took out loans in my name and it wrecked my credit. It took eight months of letters, police reports and phone calls to clear it. The worst part wasn't the money, it was feeling violated. Freeze your credit if you can.
personal_story ::: I spent 4 years in the army including a tour in Afghanistan. I lost two friends out there. Coming home was harder than going. The charity that helped me with my PTSD gave me my life back.
personal_story ::: At 15 I was in a relationship with a 22-year-old and thought it was love. Looking back, it was grooming. It took me until my 30s to see it clearly. I'm sharing because I see teenage girls in the same situation and I want them to know the signs.
personal_story ::: I used to be a bully at school. I picked on a boy called Sam every day for two years. I found him on Facebook last year and apologised. He was gracious about it, more than I deserved.
personal_story ::: Our house burned down in an electrical fire when I was nine. We lost everything except the dog. My mum kept saying "things are just things" and I didn't understand until I had kids of my own.
personal_story ::: I escaped a cult when I was 23. I grew up in it and didn't know anything else. Learning to make my own choices, even tiny ones like what to eat for breakfast, was overwhelming. Eight years on, I'm at university studying psychology.
mental_health ::: Bipolar disorder for me means months of feeling invincible followed by months of not being able to get out of bed. Medication evens it out, but I miss the highs sometimes, which is something people don't talk about. I take it anyway because the crashes nearly killed me.
mental_health ::: Finally told my boss about my depression. I was so scared. She said her husband has it too and asked what would help. We've agreed on flexible start times. I can't believe I waited two years.
mental_health ::: I've been having intrusive thoughts about harming myself, and I'm scared to tell anyone in case they think I'm crazy. I'm seeing a counsellor next week. Has anyone else gone through this?
mental_health ::: Grief after losing a pet is real and people don't take it seriously. My dog died last week after 14 years. I keep hearing her collar jingle. I know she was "just a dog" to some people. She was my best friend.
mental_health ::: Social anxiety means I rehearse ordering at a café in my head for ten minutes and then panic and say "same as him". I've started CBT. Baby steps.
mental_health ::: One year ago I was in a psychiatric ward after a suicide attempt. Today I'm back at work, I've got a therapist I trust, and I'm planning a trip to see my sister. If you're in that dark place right now, please reach out to a crisis line. It can change.
mental_health ::: I'm a student and I think I might have an eating disorder. I've been skipping meals and feel guilty every time I eat. I've booked the uni wellbeing service. Not sure what to expect.
mental_health ::: Men, it's okay to cry. I held it in for 40 years. My counsellor asked me when I last cried and I couldn't remember. Now I cry at adverts. It's much better.
sex_ed ::: My 14-year-old asked me if you can get pregnant the first time. Yes, you can. I'm glad she asked me and not a group chat.
sex_ed ::: Sexual health clinics offer free, confidential testing, and you don't need to give your real name at most of them.
sex_ed ::: Vaginismus is a real condition and it's treatable. It took me three doctors to get someone to take me seriously.
sex_ed ::: Teen boys need sex ed that covers emotions and respect, not just biology. Mine certainly didn't.
sex_ed ::: The HPV vaccine is offered to all kids now, boys and girls. It prevents several cancers. Get it done.
sex_ed ::: Reminder that being in a relationship doesn't mean automatic consent. Married couples too.
dark_humor ::: When I die, I want to go peacefully in my sleep like my grandfather, not screaming like the passengers in his car. Okay, that joke's old, but it still gets me.
dark_humor ::: My therapist says I use humour as a defence mechanism. I told her that's hilarious.
dark_humor ::: At my age, my "going out" outfit and my "being buried" outfit are starting to look suspiciously similar.
dark_humor ::: Writing my eulogy now to save everyone the effort. Opening line: "He finally stopped talking."
dark_humor ::: Nobody: My bank balance at the end of the month: *funeral music*
dark_humor ::: The cemetery raised its prices. Blamed it on the cost of living. You can't make this up.
dark_humor ::: My plants see me walking towards them with a watering can and start writing their wills.
dark_humor ::: I asked for a low-maintenance pet and the shop sold me a rock. It's the only thing I haven't killed.
profanity ::: Fuck me that was a long meeting, four hours to decide nothing.
profanity ::: This shitty umbrella flipped inside out in the first gust. Twelve quid down the drain.
profanity ::: God I'm so bloody tired, the baby's been up every hour since midnight.
profanity ::: What a shit film. Two and a half hours I'm never getting back.
profanity ::: Hell yes, the pay rise came through! Drinks are on me.
profanity ::: Oh bollocks, forgot it was bin day. Again.
profanity ::: This damn crossword has beaten me, 14 across is impossible.
profanity ::: Pissed off that my train was cancelled AND they charged me for the ticket twice.
"""

if __name__ == "__main__":
    tagged = []
    for line in STORIES_MH.strip().splitlines():
        tag, text = [p.strip() for p in line.split(":::", 1)]
        tagged.append({"text": text, "label": "safe", "categories": [], "tags": [tag],
                       "contrast_group": None})
    rows = (rows_from(NEWS, "safe", [], ["news_talk"])
            + rows_from(POLITICAL, "safe", [], ["political"])
            + rows_from(OPINION, "safe", [], ["opinion"]) + tagged)
    write("statements_safe_more_b", rows)
