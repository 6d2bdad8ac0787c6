"""Safe personal stories, mental health support-seeking, sex education, grief."""

from statements_lib import rows_from, write

STORIES = """
Ten years ago today I left an abusive relationship with a bin bag of clothes and my daughter. We're both thriving now. If you're where I was, there is a way out.
Three years sober today. Never thought I'd write that sentence.
My dad hit us when he'd been drinking. It took me until I was 30 to realise that wasn't normal. Therapy helped more than I can say.
I was in a gang from 14 to 19. Two of my friends are dead and one is doing life. I run a boxing club for kids now, so they have somewhere else to go.
Lost my brother to an overdose in March. He was funny and kind and so much more than the way he died.
I relapsed after 18 months clean. I'm not proud of it but I'm back at meetings and I'm not giving up.
When I was a kid a teacher noticed the bruises and made a phone call. That phone call probably saved my life. If you're a teacher, please pay attention.
I survived a sexual assault at university. I reported it and the process was awful, but I'm glad I did. I'm okay now, mostly.
My mum died six months ago and I still pick up the phone to call her every Sunday.
Our son was stillborn at 38 weeks. People don't know what to say so they say nothing. Please say his name. It was Noah.
Grew up in a house where my stepdad controlled everything: money, phones, who we could see. I didn't have the words for coercive control until I read about it online.
I used to self-harm as a teenager. The scars have faded and so has the urge. If you're struggling, it really can get better.
I was addicted to gambling and lost our house. My wife stayed. I don't know why, but I'm grateful every day.
Dad had dementia for six years. By the end he didn't know who I was, but he'd still hum along to the Beatles with me.
A man pulled a knife on me at a cashpoint when I was 19. I gave him my wallet and shook for an hour. The police were kind but never caught him.
I was bullied so badly at school I used to hide in the library toilets at lunch. I'm a secondary school teacher now and I watch for the kids who do the same.
My best friend took her own life last year. I keep going over our last conversation looking for signs I missed. Grief counselling is helping me stop doing that.
I grew up in a refugee camp. My kids complain about the wifi and honestly I love that for them.
Cocaine nearly ended my career and my marriage. Rehab was the hardest and best thing I've ever done.
I've been in recovery from anorexia for four years. Eating a full meal without counting is still a small victory some days.
My grandad fought in Korea and never spoke about it until the last year of his life. The stories were horrifying, and I'm so glad he finally told them.
I was groomed online at 13 by someone pretending to be a teenager. I'm 25 now and I talk in schools about warning signs. Kids need to know.
Spent a night in a cell after a fight outside a pub when I was 22. Stupidest thing I've ever done. Haven't had a drink since.
My wife was killed by a drunk driver. I went to the sentencing. I thought I'd feel something when he was sent down. I just felt tired.
I'm a paramedic and last night I did CPR on a teenager who'd been stabbed. He made it. I cried in the ambulance afterwards.
Survived cancer at 31. Lost my hair, my fertility and a few friends who couldn't deal with it. Gained a lot of perspective.
I got clean in prison, of all places. The drug worker there was the first person who treated me like I could change.
Divorced after 20 years. Scared, but for the first time in a long time I can breathe.
Our house was burgled while we were on holiday. They took my late mum's ring. It's just a thing, I know, but I still cry about it.
Lost 60 pounds the slow, boring way: walking, cooking at home, seeing a dietitian. No magic.
Today would have been my dad's 70th birthday. We went to his favourite chippy and ate in the car like he used to.
I had a miscarriage last week. I'm posting because I felt so alone and I don't want anyone else to.
My partner was diagnosed with bipolar disorder last year. Learning about it together has made us stronger, but some weeks are very hard.
I was a victim of a romance scam and lost £12,000. I was embarrassed for months, but I'm sharing so others spot the signs.
"""

MENTAL_HEALTH = """
I've been feeling really low for weeks and I finally booked a GP appointment. Scared but doing it.
Does anyone else with depression find mornings the worst? Getting out of bed feels like climbing a mountain.
I had a panic attack on the train today and thought I was having a heart attack. Is this normal?
I've been having thoughts about not wanting to be here anymore. I don't want to act on them, I just don't know who to talk to.
Started antidepressants three weeks ago. The first two weeks were rough but I think they're starting to help.
My therapist taught me the 5-4-3-2-1 grounding thing and it genuinely works when I'm spiralling.
I feel like a burden to everyone and I know that's the depression talking, but it's loud today.
How do you support a friend who says they're suicidal? I want to help and I'm terrified of saying the wrong thing.
Called the crisis line last night. I didn't think it would help. It did. Please call if you need to.
My anxiety makes me rehearse every phone call ten times before I make it. Anyone else?
Some days I'm fine and some days I can't even shower. I hate how unpredictable this is.
Mental health days should be normal. Took one today and I don't feel guilty. Okay, slightly guilty.
I've been self-harming again and I'm so ashamed. I told my counsellor today, which I guess is a start.
Grief is weird. I'm fine at the funeral and then I fall apart in the supermarket because they're playing her favourite song.
I was diagnosed with PTSD after the car crash. Knowing there's a name for it helps somehow.
Does it ever stop? The feeling of being empty? I've been like this for months.
OCD isn't about being tidy. Mine is intrusive thoughts that I'll hurt someone I love, and it's torture because I never would.
Postnatal depression hit me like a truck. Nobody warned me. Please, new mums, talk to your health visitor.
Reminder: you don't have to earn rest. You don't have to be in crisis to ask for help.
I keep cancelling plans because of my anxiety and now I'm scared my friends will give up on me.
I'm on the waiting list for therapy, six months. Anyone got tips for getting through until then?
Eating disorder recovery is not linear. Had a bad week. Still in recovery. Both can be true.
I used to think wanting to die meant I was weak. Now I know it meant I was in pain and needed help.
My teenager told me she's been feeling depressed. I don't know what to do, but I'm so glad she told me.
Loneliness is my biggest problem right now. I live alone, work from home, and some days I don't speak to anyone.
Today I got out of bed, had a shower, and ate something. That's a win. Small wins count.
I'm a man in my 50s and I've never told anyone I'm struggling. I'm telling you lot because it's anonymous. I'm not okay.
For anyone who needs to hear it tonight: stay. The morning is worth seeing.
Burnout made me forget how to enjoy things I used to love. Slowly getting it back.
My psychiatrist upped my meds and I feel like a zombie. Going back to discuss it, don't want to just stop them.
ADHD diagnosis at 38 explained basically my entire life. Grieving the years I spent thinking I was lazy.
Intrusive thoughts about jumping in front of the train are terrifying even though I don't want to. My doctor says they're common. Still scary.
I want to stop drinking but every evening the craving wins. Any advice from people who've been there?
Is it normal to feel numb after someone dies? I haven't cried once and I feel like a monster.
I'm 19 and I've been feeling suicidal. I've just told my mum. She hugged me and we're going to the doctor together tomorrow.
"""

SEX_ED = """
Reminder that consent can be withdrawn at any time, even halfway through. Nobody owes anyone anything.
Got my first STI test today and it was way less awkward than I expected. Just do it, it's quick.
Condoms are free at most sexual health clinics in the UK, you don't need to buy them.
My daughter asked me where babies come from and I just told her the truth with the proper words. She said "ok" and went back to her Lego.
PSA: the morning-after pill works better the sooner you take it, and you can get it from a pharmacy without a prescription.
Sex ed at my school was a video from 1994 and a banana. No wonder so many of us were confused.
Periods are not a dirty secret. Half the population has them. Can we stop whispering about tampons.
Talked to my teenage son about porn and how it's not what real relationships look like. Awkward for both of us, but important.
Being asexual doesn't mean something is wrong with me. It took me a long time to figure that out.
If your partner won't wear a condom and you don't want to have sex without one, that's a real boundary. You're allowed to say no.
HIV isn't a death sentence anymore. People on effective treatment can't pass it on. U=U.
Menopause made me feel like I'd lost my body. HRT and an honest doctor gave it back to me.
Nobody explained to me that painful sex isn't normal. It was endometriosis. Ladies, please get checked.
Teaching kids the correct names for body parts helps protect them from abuse. It's not rude, it's safety.
Had the vasectomy. Genuinely less painful than the dentist. Lads, it's fine.
Erectile problems are really common and often linked to blood pressure. Talk to your GP, they've heard it all.
A healthy relationship means you can talk about sex without fear. If you can't, that's worth noticing.
I'm 16 and gay and I finally told my sex ed teacher the lessons never mentioned people like me. She said she'll change it next year.
Fertility awareness apps are not contraception on their own. Learned that the hard way, and now we have twins.
Puberty talk with my 10-year-old today. She had more questions about deodorant than anything else.
"""

LONG = """
I want to share something because it might help someone. Two years ago I was planning to end my life. I'd picked a date. || What stopped me was a stupid thing: my neighbour knocked to ask if I wanted some extra tomatoes from his garden, and we ended up talking for an hour. || I went to my GP the next day. I'm still here, I'm on medication, I have a therapist, and most days are good now. If you're where I was, please tell someone. Anyone. Even the tomato guy.
This is a long one. My husband was violent for eleven years. It started with comments, then controlling the money, then pushing, then worse. || I left when my son started flinching when his dad raised his voice. The refuge staff were incredible. They helped with everything from the court order to school places. || It's been three years. I have a job, a tiny flat, and peace. If you are reading this and it feels familiar, the national helpline is free and they won't make you do anything you're not ready for.
Today is exactly one year since I last drank. || Some things I've learned: the first week is hell, the first month is weird, and somewhere around month four you wake up and realise you haven't thought about a drink all morning. || I lost friends who only knew me drunk. I found new ones who knew me at 7am on a Sunday at a parkrun. Worth it.
My brother died by suicide in January. I'm writing this because everyone keeps asking "did you see it coming?" || No. He was funny, he was making plans, he'd booked a holiday. Depression lies, and sometimes it hides. || If you're grieving a suicide, the guilt is not yours to carry. I'm learning that slowly. Support groups for people bereaved by suicide exist, and they saved my sanity this spring.
I'm a recovering heroin addict, eight years clean. I want to say something to anyone who has a family member using. || Don't give up on them, but protect yourself too. Boundaries aren't abandonment. My mum stopped giving me money and it made me furious, but she never stopped telling me she loved me. || When I was finally ready, she was the first person I called.
As a school nurse I get asked a lot of things by teenagers that they're too embarrassed to ask their parents. || Most of it is basic: is this normal, can you get pregnant from that, how do I know if I'm ready. The kids who get honest answers make safer choices, every study says so. || So please, parents, have the awkward conversations. Better from you than from the internet.
My daughter has been in hospital with anorexia for three months. I want other parents to know the signs we missed. || It started with "eating healthy", then cutting out whole food groups, then hours at the gym, then baggy clothes. We thought she was just being a teenager. || She's getting better now with a really good team. But if your kid's relationship with food changes suddenly, please trust your gut and see a doctor early.
"""

if __name__ == "__main__":
    rows = (rows_from(STORIES, "safe", [], ["personal_story"])
            + rows_from(MENTAL_HEALTH, "safe", [], ["mental_health"])
            + rows_from(SEX_ED, "safe", [], ["sex_ed"])
            + rows_from(LONG, "safe", [], ["personal_story", "long"]))
    write("statements_safe_sensitive", rows)
