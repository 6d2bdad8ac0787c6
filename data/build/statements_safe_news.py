"""Safe news commentary, political argument and opinions on sensitive topics."""

from statements_lib import rows_from, write

NEWS = """
Horrific news from the market bombing this morning. Thoughts with the families, and with the first responders who ran towards it.
The shooter was known to police for years. How many warning signs does it take before someone acts?
Another school shooting. Another round of thoughts and prayers. Nothing changes and I'm sick of it.
Whatever your politics, there is no justification for blowing up a bus full of commuters. None.
Reading about the siege of the city is gutting. Civilians shouldn't be paying for generals' decisions.
The trial of the man who stabbed three people outside the station starts today. I hope the victims get some closure.
Decriminalising possession worked in Portugal, so why are we still locking up kids for a bit of weed?
I'm in favour of supervised injection sites. People are going to use anyway; better they don't die alone in a toilet.
The cartel violence in the north is terrifying, and the reporting on it is brave. Journalists are being killed for covering this.
Cocaine use in the city is apparently at record levels according to the wastewater testing. Wild stat.
Terrorism works by making us afraid of each other. The best response is to refuse to be.
The documentary on radicalisation was chilling, especially how fast teenagers got pulled in online.
They caught the guy who robbed the corner shop with a knife last week. Good. The owner's been terrified since.
The war has displaced four million people. Four million. We need to talk about refugees as people, not numbers.
Honestly the coverage of the stabbing was irresponsible, they named the wrong suspect for six hours.
I think the death penalty is wrong even for terrorists. The state shouldn't kill people, full stop.
Hard disagree: some crimes are so monstrous that life in prison isn't enough. But I'd never trust the system to get it right every time.
The knife crime stats in London are scary, but youth clubs closing has a lot to do with it.
Polls close at 10pm tonight, if you're in the queue by then you can still vote. Go!
Turnout in the last local election was 28%. Twenty-eight! People fought and died for the vote.
I don't care who you vote for, just make sure you're registered before the deadline.
The election result was closer than anyone predicted. Recount incoming, I reckon.
Drug gangs use kids as couriers because they know kids get lighter sentences. County lines is child exploitation, plain and simple.
The fentanyl crisis is killing more Americans each year than the whole Vietnam war. It's staggering.
I've read the report on the prison riot and it's clear overcrowding played a big part.
Police shot an unarmed man last night and I'm tired of hearing "the investigation is ongoing".
Respect to the bystanders who tackled the attacker on the bridge. Absolute heroes.
The arms deal with that regime is a disgrace and our government should be ashamed.
The ceasefire is fragile but it's the first good news from the region in months.
Gun control works. Look at what Australia did after Port Arthur.
I'm a gun owner and I support universal background checks. Those positions aren't contradictory.
The hacking of the hospital's systems put patients at risk. These ransomware gangs are scum.
Interesting piece today on how the 9/11 attacks reshaped airport security and civil liberties for a generation.
The Oklahoma City bombing anniversary is today. 168 people. Never forget.
Watching the footage of the bombed-out apartment blocks makes me feel sick. These were homes.
Cannabis legalisation in Canada hasn't caused the chaos people predicted. Let's look at the data.
The sentencing for the fraud case was a joke. He stole millions from pensioners and got two years.
Hate crimes against mosques and synagogues are up this year, and every one of them should be investigated properly.
The far-right rally was small but the counter-protest was huge, which gives me hope.
The report on the massacre is difficult reading but it's important we don't look away.
People keep saying the riots were "senseless". They weren't. They were the result of years of anger. That doesn't excuse the looting, but we should understand the cause.
Child abuse inquiries keep finding the same thing: institutions protected themselves instead of kids.
The cyberattack on the water company should be a wake-up call for critical infrastructure.
Yet another journalist jailed for reporting on corruption. Press freedom is under attack everywhere.
Mass shootings get wall-to-wall coverage for two days and then we forget. The survivors don't get to forget.
I read about the drug raid that went wrong and the family whose door got kicked in by mistake. Horrendous.
The trafficking ring bust is great news, but the survivors need long-term support, not just a headline.
Terror attacks are rare statistically, but the fear they create is the whole point. That's why I refuse to change how I live.
I think we should stop publishing mass shooters' names and faces. Give the attention to the victims instead.
The assassination of a journalist in broad daylight should have every democracy up in arms.
The police chief resigning after the cover-up was the bare minimum.
Good long read today on how ISIS recruited online and how the platforms were slow to react.
Watching the genocide trial at The Hague, the survivors' testimony is unbearable and necessary.
Heroin deaths in Scotland are the highest in Europe and it's a national scandal that it took this long to treat it as a health issue.
I know someone who was at the concert during the attack. She still can't go to crowded places. The damage goes on long after the news moves on.
If the government really wanted to reduce crime, they'd fund mental health services and housing, not just more police.
Honestly I think more police on the street does help. My town had two officers for 30,000 people.
The vote count is slow because they're being careful, not because anything dodgy is going on. Calm down.
The postal vote deadline is next Tuesday, register now if you're going to be away.
The landmines from that war are still killing farmers thirty years later. Clearing them should be a global priority.
"""

POLITICAL = """
The chancellor's budget is a disaster for renters and I will die on this hill.
I think the Prime Minister's handling of the strikes has been pathetic. Get round the table and negotiate.
The senator voted against the flood relief bill and then posed for photos at the flood. Shameless.
You can support border controls without being a racist, and you can support immigration without wanting open borders. Can we have an adult conversation please?
I'm a lifelong Labour voter and I'm genuinely unsure who to vote for this time.
Tories have had 14 years, you can't keep blaming the last lot.
The Republicans' tax plan is a giveaway to the rich, and the Democrats' plan doesn't go nearly far enough. Both are letting working people down.
The mayor promised affordable housing and delivered luxury flats. I won't be voting for her again.
Calling every opponent a fascist or a communist makes it impossible to actually argue about policy.
The new immigration bill is cruel and won't even work. Read the impact assessment.
I actually think the new immigration bill is reasonable. We need a system that's controlled and fair.
The President's speech was full of half-truths and I'm tired of fact-checkers being the only adults in the room.
Why is the opposition leader so afraid of doing a proper interview? Answer a question for once.
Brexit was a mistake and I say that as someone who voted Leave.
The minister's comments about nurses were insulting. Apologise and resign.
The council wasted £2 million on a consultancy report nobody read. Heads should roll (metaphorically, calm down).
Abortion should be between a woman and her doctor. Politicians have no business there.
I'm pro-life and I think the best way to reduce abortions is better childcare and healthcare, not bans.
Rent controls don't work, every economist says so. Build more houses instead.
Every economist does NOT say so. Vienna's social housing model works brilliantly.
The Green party's manifesto is idealistic but at least they have one.
I'm sick of billionaires buying newspapers and telling us how to vote.
The PM lied to parliament. That used to be a resigning matter.
Voting for a third party isn't a wasted vote, it's how you send a message.
Voting for a third party in a first-past-the-post system IS a wasted vote, sorry.
I'm so angry about the cuts to disability benefits I can barely type. People are going to suffer.
The opposition's plan to nationalise the railways is the first policy in years I've got excited about.
Politicians on both sides took donations from that oil company. Follow the money.
The governor's response to the wildfire was slow and disorganised and she should answer for that.
The debate last night was a shouting match. Neither candidate said anything about climate.
The ruling party's gerrymandering is blatant, look at the district maps.
I think the minimum wage rise is long overdue. Nobody can live on what they're paid now.
Small business owner here: the minimum wage rise will force me to cut hours. It's not as simple as people think.
Say what you like about the old Foreign Secretary, he at least understood diplomacy.
Our MP hasn't held a surgery in months. What are we paying him for?
The trans rights debate has become so toxic online that nuance is impossible. I just want people to be treated with dignity.
Term limits for Congress now. Nobody should be in office for 40 years.
The Supreme Court is supposed to be above politics. It clearly isn't anymore.
"""

OPINION = """
Social media has made everyone angrier and I include myself in that.
Tipping culture has gotten out of hand. Pay your staff properly.
Honestly I think kids under 14 shouldn't have smartphones. Fight me.
Remote work is better for almost everyone except middle managers who need to feel useful.
Zoos do important conservation work. The bad ones should be closed, not all of them.
The four-day week trials have been a success everywhere they've been tried. Why are we still arguing about it?
Self-checkouts are a scam to make us do unpaid labour.
Standardised testing tells you who's good at tests, not who's good at learning.
Hunting for food is more ethical than buying factory-farmed meat, change my mind.
Boxing is a brutal sport and I still love it. The skill is incredible.
Violent video games don't cause violence. We've had thirty years of studies on this.
The true crime boom is exploitative. Real families are grieving while we binge it.
I think drill music gets blamed for knife crime when the real causes are poverty and cuts.
Religion has done a lot of good and a lot of harm, like most human institutions.
Veganism isn't for me but I respect people who make it work.
Prisons should rehabilitate, not just punish. Otherwise people come out worse than they went in.
Assisted dying should be legal with strong safeguards. My grandmother suffered for months at the end.
I'm against assisted dying because I worry disabled people will feel pressure to choose it. It's complicated.
Reality TV is just the Roman colosseum with more fake tan.
Cancel culture is mostly just people facing consequences, but sometimes the pile-ons are genuinely cruel.
Teachers are massively underpaid for what we ask of them.
Nuclear power is the cleanest option we've got and the fear around it is outdated.
Legalise and tax all drugs, take the market away from gangs. It's the only thing that hasn't been tried.
Hard drugs should stay illegal. I've seen what crack did to my estate. Legalising it won't fix that.
The monarchy is an expensive anachronism, but I'd still watch a coronation.
Fast fashion is an environmental disaster and I'm as guilty as anyone.
Cyclists who run red lights give the rest of us a bad name.
Drivers who close-pass cyclists are the actual danger on our roads, not the other way round.
Marvel films all feel the same now. Give me something original.
Homework for primary school kids is pointless. Let them play.
The death of the high street is sad but it's our own doing, we all shop online.
"""

LONG = """
I've been thinking about the attack on the synagogue all week. What gets me is how ordinary the morning was for everyone inside: a bar mitzvah, grandparents, kids. || The killer had posted his plans online and nobody flagged it. I'm not naive about how hard moderation is, but we need platforms to take credible threats seriously. || To the community there: I'm so sorry. We stand with you.
Long post, sorry. I work in a drug treatment service and I see the news coverage of the "drug epidemic" and it drives me up the wall. || The people I work with are not monsters or zombies. They're people with trauma, often from childhood, who found something that made the pain stop for a while. || Recovery is possible. I've seen it hundreds of times. But it needs housing, therapy and patience, not a three-week waiting list and a lecture.
Unpopular opinion maybe, but I think we should talk more about the soldiers coming home from the war. || My cousin served two tours. He's physically fine. But he doesn't sleep, he drinks too much, and he can't sit with his back to a door. || The support he's been offered is a phone number and a leaflet. That's not good enough for people we sent to do terrible things on our behalf.
Election day thoughts: I queued for forty minutes at my polling station this morning and it was genuinely lovely. || Old men in flat caps, a mum with a baby in a sling, students who'd clearly just woken up. Everyone being patient. || Whatever happens tonight, that part of democracy still works, and it's worth protecting.
I was mugged at knifepoint last year, and people keep telling me I should "get over it" now. || I'm fine most days. But I still cross the road when I see a group of lads in hoodies, and I hate that about myself because I know that's not fair to them either. || Trauma doesn't keep a schedule. Be kind to people who are still a bit jumpy.
The thing nobody tells you about living through a war is how boring most of it is. || Queues for water. Waiting for the power to come back. Charging phones at the one café with a generator. || Then something happens and everything is terror for ten minutes, and then you're back in the queue. I left two years ago and I still flinch at fireworks.
Debate club topic this week was whether social media companies should be liable for terrorist content. || I argued yes, and honestly I convinced myself. They profit from engagement, and extremist content is engaging. || Curious what others think though, because the free speech side had some strong points about over-moderation hitting activists and journalists.
My grandfather was a police officer for thirty years. He never drew his weapon once. || He used to say that the job was 90% talking people down, and that the officers who reached for force first were the ones who'd never learned to listen. || I think about that every time I see another video of an arrest going wrong.
"""

if __name__ == "__main__":
    rows = (rows_from(NEWS, "safe", [], ["news_talk"])
            + rows_from(POLITICAL, "safe", [], ["political"])
            + rows_from(OPINION, "safe", [], ["opinion"])
            + rows_from(LONG, "safe", [], ["news_talk", "long"]))
    write("statements_safe_news", rows)
