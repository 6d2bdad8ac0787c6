"""Safe statements, batch C: gaming/fiction/sport/history talk with violent vocabulary,
parent forums, workplace chat, and more opinions."""

from statements_lib import rows_from, write

SMALLTALK_HOM = """
Finally got the sniper achievement, 50 headshots in one match, my hands are shaking lol
Our raid team wiped on the last boss eleven times tonight. Tomorrow we kill him.
My character in the campaign just assassinated the duke and now the whole party is wanted. Best session ever.
I've been writing a murder mystery novel and I just figured out who the killer is. Took me three drafts.
Just started a new playthrough as a total villain, burning every village. It's so cathartic.
Our am-dram group is doing Macbeth and I'm playing the first murderer. Two lines. Nailed them.
that boxing match last night was brutal, both guys were bleeding by round 6 and still going
Anyone else play the zombie survival mod? We got overrun and lost the whole base, 10/10.
Chess club tonight. I sacrificed my queen and still won. Feeling dangerous.
My knitting group is called Stitch and Bitch and the vicar has asked us to rename it.
The kids' nerf war in the garden escalated to a full siege with cardboard fortifications.
In the book I'm reading the detective finds a body in the first chapter and I'm already hooked.
I've been binge-watching a show about a chemistry teacher who becomes a drug lord. Incredible acting.
Paintballing for my stag do, absolutely covered in welts, best day ever.
My daughter's fencing tournament went well, she stabbed her way to a bronze medal.
Watching a documentary on the Roman army. They were terrifyingly organised.
Our escape room had a fake dead body in a bathtub. I screamed. Loudly.
Archery lesson today, hit the bullseye twice. Robin Hood who?
Reading about the Tudors, honestly Henry VIII's marriage record is a horror show.
My cat brought in a mouse, killed it on the rug and looked very proud of herself.
The MMA fight was over in 40 seconds, brutal knockout. Crowd went wild.
I'm running a true crime book club and this month we're reading about the Zodiac killer.
"""

SMALLTALK = """
Parents' evening tonight. Apparently my son is "a delight" and "talks too much". Accurate.
Anyone else's kids refuse to wear coats in winter? It's 2 degrees.
Our baby slept through the night for the first time. I kept checking she was breathing.
My six-year-old has started a business selling rocks from the garden to the neighbours. 50p each.
Potty training update: we're 3 days in and the dog is the only one who's been successful.
Team lunch today, the new hire is hilarious, I think we've found our karaoke champion.
Friday afternoon in the office and nobody's pretending to work anymore.
The new intern fixed the printer. We've offered him a permanent role.
Just had my annual review and it was actually nice? Got told I'm doing well. Shocked.
Working from home today, my colleague is the cat and she's been very unproductive.
Fire drill at 11, we all stood in the car park for 40 minutes in the rain.
Office bake-off results: my lemon drizzle came third. I demand a recount.
Good luck to my brother running the London marathon tomorrow!
Happy Pride to everyone, the parade in our town was bigger than ever this year.
Ramadan Mubarak to everyone fasting, hope the long days go gently.
Happy Lunar New Year! Dumplings all round at our place tonight.
Thanks to the lovely woman at the bus stop who lent me her umbrella today.
Spring is here, the daffodils are out and I've got hay fever already.
Made my first ever pavlova for Sunday lunch, it cracked but nobody cared.
"""

OPINION = """
Video games are art and I will not be taking questions.
Crime fiction is the most popular genre for a reason, we all want to understand why people do terrible things.
I think violent history should be taught honestly, including the atrocities our own country committed.
Boxing gyms do more for troubled kids than most youth programmes.
Hunting games don't make people hunters any more than racing games make people race drivers.
We should be much harder on drink drivers. It's not an accident if you chose to drive drunk.
Parents should be allowed to take kids out of school for a week's holiday without a fine.
Homework should be optional in primary school.
Everyone should learn basic self-defence, especially teenagers.
Football pundits are paid far too much to state the obvious.
It's okay to not want kids. It's okay to want loads. Let people live.
The death of local newspapers means nobody's watching the council anymore. That's dangerous.
Prison sentences for non-violent drug offences are a waste of money and lives.
Body cameras on police should be mandatory and always on.
I believe in second chances for people who've served their time. Ban-the-box policies work.
Mandatory voting like Australia's would probably improve our politics.
Wealth taxes are popular for a reason. People are sick of inequality.
Honestly, I'd rather pay more tax for public services that actually work.
Online anonymity protects whistleblowers and abuse survivors. Don't ban it.
"""

NEWS = """
Massive respect to the teacher who disarmed the student with the knife and talked him down.
Sad news about the climber who died on the mountain. The weather turned so fast.
Scary that the city's water supply was hacked, but good that the operators noticed.
The arrest of the cartel boss won't stop the violence, someone else will fill the gap.
The new law on drink spiking is welcome, but clubs need to train staff properly too.
Our local paper uncovered the council's corruption scandal. Support local journalism.
Police have finally reopened the cold case from 1994. The family never gave up.
Wow, the vote count was accurate to within 3 ballots on recount. That's a good system.
Glad to see the sentence for the man who attacked the paramedic. Nobody should be hurt at work.
The earthquake death toll keeps rising, donate if you can.
The inquest found the prison failed to protect him. His mum deserves answers.
Gun violence in our city dropped after the violence interrupters programme started. Fund it properly.
The fire in the tower block was preventable. Cladding should have been removed years ago.
The stabbing outside the club was awful, it's terrifying how fast a fight turns deadly.
The dark web market takedown was impressive detective work, took years apparently.
"""

VENTING = """
The number of meetings that could have been emails in my job is genuinely staggering.
My toddler screamed for 40 minutes because I cut his toast the wrong way. Parenting is a hostage situation.
I'm so tired of the constant hustle culture on LinkedIn. Some of us just want to do our job and go home.
My car insurance went up by £400 and I haven't claimed in ten years. How?
Trying to find a dentist taking NHS patients is impossible in this county.
The schools' holiday prices for flights are a scam. Same seat, triple the price.
My colleague microwaves fish every single day and I'm losing the will.
Spent all weekend on my dissertation and wrote 300 words. I deleted 200 of them.
Honestly I'm sick of being asked when I'm having kids. Mind your business, Auntie.
Delivery driver left my parcel "in a safe place". The safe place was the bin. Which was collected.
My uni has increased rent in halls by 12% and the heating still doesn't work.
I spent an hour in A&E with my kid's broken arm and two people were fighting in the waiting room. I get that everyone's stressed but come on.
"""

if __name__ == "__main__":
    rows = (rows_from(SMALLTALK_HOM, "safe", [], ["smalltalk", "homonym"])
            + rows_from(SMALLTALK, "safe", [], ["smalltalk"])
            + rows_from(OPINION, "safe", [], ["opinion"])
            + rows_from(NEWS, "safe", [], ["news_talk"])
            + rows_from(VENTING, "safe", [], ["venting"]))
    write("statements_safe_more_c", rows)
