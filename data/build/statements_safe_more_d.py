"""Safe statements, batch D: counter-speech and reported hate (condemning, not endorsing),
support-seeking, recovery, sex education, in varied registers."""

from statements_lib import rows_from, write

COUNTER = """
personal_story ::: Someone shouted "go back to your own country" at my mum in the supermarket today. She was born in Leeds. I'm so angry.
personal_story ::: A kid at school told my son all Muslims are terrorists. He came home crying. We talked about it for an hour and I've emailed the head.
opinion ::: When people call refugees "vermin" or "cockroaches", remember that's exactly the language used before every genocide in history. Words matter.
news_talk ::: The graffiti on the synagogue said "Jews out". The whole street turned up the next morning with buckets and brushes. That's my town.
personal_story ::: I got called a "dirty gypsy" at work for years. I finally reported it and HR actually acted. Don't suffer in silence.
opinion ::: "I'm not racist but" is always followed by something racist. Every single time.
news_talk ::: The report on online hate found that abuse aimed at Black footballers spikes after every missed penalty. Platforms need to do better.
personal_story ::: My trans daughter was told she's "a freak who should be locked up" by a stranger on the bus. She laughed it off. I cried later.
opinion ::: Dehumanising language like "infestation" and "swarm" should never be used to describe people. Call it out when you see it.
personal_story ::: I'm disabled and someone told me people like me "should have been put down at birth". I'm 34, I have a degree and a family, and I'm still here.
news_talk ::: The man who posted threats against the MP got eighteen months. Good. Threatening people isn't free speech.
opinion ::: Antisemitic conspiracy theories about "who controls the banks" are centuries old and they've always ended in violence. Don't share them.
personal_story ::: I used to post hateful stuff about immigrants online. Then I got to know my Polish colleague, who covered for me when my dad was dying. I'm ashamed of who I was.
news_talk ::: Reports of homophobic attacks in the city centre have doubled. If you witness one, report it and check on the victim.
opinion ::: Misogyny online isn't "just banter". The men who go on to commit violence often start there.
personal_story ::: Some lads followed me home shouting that gays should be beaten. I made it in safely. I'm shaking but I'm okay.
news_talk ::: The deradicalisation programme helped over 300 young people leave far-right groups last year. That's 300 potential tragedies avoided.
opinion ::: If your joke only works because it calls a group of people animals, it's not a joke.
personal_story ::: I was doxxed after a political post. Strangers knew my address. It was terrifying. Please think before you share someone's details.
news_talk ::: A man was convicted today for spreading false claims that polling stations were closed. Good. Election lies hurt real voters.
opinion ::: Fake election rumours like "you can vote by text" circulate every year. The only real info comes from your local election office.
news_talk ::: Fact check: no, you can't vote by text or online in national elections here. You vote in person, by post, or by proxy.
personal_story ::: My nan nearly didn't vote because someone told her she needed a passport. She doesn't. Any accepted photo ID works. Check the official list.
opinion ::: Encouraging someone to kill themselves online should be prosecuted. The kid who died in our town was told to "just do it" by strangers.
news_talk ::: The pro-anorexia groups on that app have finally been taken down. Should have happened years ago.
personal_story ::: I was in pro-ana forums at 15. They nearly killed me. If you're in those spaces, please know there's life outside them.
opinion ::: Glorifying mass shooters online creates more mass shooters. Don't spread their names, photos or writings.
news_talk ::: Police say the attacker had been idolising previous shooters online. Copycat violence is real and preventable.
personal_story ::: A fake story went round that my dad's garage "cuts brake lines". It's a lie. We lost half our customers. Defamation wrecks lives.
opinion ::: Before you share that post accusing a local teacher of something awful, ask yourself if you actually know it's true.
"""

MH = """
feel like im drowning lately. uni, work, family stuff. not gonna do anything stupid just needed to say it somewhere
had my first therapy session today and cried the whole time. apparently that's normal?
i keep thinking everyone hates me and i know its probably not true but my brain wont stop
Been sober 90 days. First time since I was 16.
Relapsed last night after 4 months off the pills. Calling my sponsor this morning.
Anyone know if you can self-refer for talking therapies? My GP wait is 3 weeks.
My psychiatrist diagnosed me with borderline personality disorder and I'm scared of the stigma. Any advice?
I think my dad is depressed but he'd never admit it. How do I bring it up without him shutting down?
Went for a walk instead of staying in bed today. Small win.
The loneliness after my divorce is crushing. Joined a choir. Terrified but going.
Please stop saying "just think positive" to depressed people. It doesn't work like that.
Took my meds, drank water, went outside. Doing the basics today.
How do you cope with the anniversary of a death? It's my mum's next week and I'm dreading it.
I'm a student nurse and the stress is unreal. Started seeing the uni counsellor. Recommend.
My anxiety has been so bad I haven't left the house in a week. Going to try the corner shop tomorrow.
I had a really dark night last night. I called the Samaritans and talked for an hour. Still here.
Therapy taught me that my inner critic sounds exactly like my dad. That was a lot.
My son told me he's been cutting. I didn't shout. I hugged him and we're seeing the GP on Monday.
Depression makes me feel like I'm watching my life through glass.
I've been clean from self-harm for two years. Still wear long sleeves sometimes. Still proud.
"""

SEXED = """
Does anyone know if the pill makes you gain weight? My doctor said it's a myth but I'm not sure.
Just had my first smear test. Uncomfortable for 30 seconds, peace of mind for three years. Book yours.
Reminder that you can get free condoms at most uni health centres, no questions asked.
my mum never talked to me about periods and I thought I was dying at 11. talk to your kids
Teaching my son that "no" means no, even when he's wrestling his sister. It starts young.
STI rates among over-50s are rising. Divorcees, the condom talk applies to you too.
Consent isn't just about sex, it's about respecting boundaries everywhere.
Testicular cancer is most common in young men. Check yourselves monthly, lads.
The morning-after pill is not an abortion pill. Please stop spreading that.
Getting an IUD fitted hurt, not going to lie, but two years of not thinking about contraception has been bliss.
"""

POLITICAL = """
ngl the new bus fares are a joke, whoever decided that has never taken a bus
The government has had 10 years and the NHS is worse. I'm voting them out.
I genuinely don't understand how anyone can still support the PM after the last scandal.
Local elections matter more than people think. The council decides your bins, your schools and your roads.
The opposition leader gave a decent speech but I want to see costings.
I've been a union member for 30 years and I think this strike is justified.
The Prime Minister's u-turn on tuition fees proves he never meant it.
I canvassed for my party all weekend. Most people were polite, one man set his dog on me. Democracy!
Politicians who take money from gambling firms shouldn't be writing gambling laws.
Our town's Reform and Green voters agree on one thing: the council's a mess.
"""

if __name__ == "__main__":
    counter = []
    for line in COUNTER.strip().splitlines():
        tag, text = [p.strip() for p in line.split(":::", 1)]
        counter.append({"text": text, "label": "safe", "categories": [], "tags": [tag, "counter_speech"],
                        "contrast_group": None})
    rows = (counter + rows_from(MH, "safe", [], ["mental_health"])
            + rows_from(SEXED, "safe", [], ["sex_ed"])
            + rows_from(POLITICAL, "safe", [], ["political"]))
    write("statements_safe_more_d", rows)
