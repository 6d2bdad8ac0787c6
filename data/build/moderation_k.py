"""Moderation-style user text, safe batch k: short chat, replies and comments."""

from borderline_lib import moderation, write

BLOCK = r"""
@chat safe
lol same
omg stoppp 😂
wait what happened??
nah that's wild
this is the way
who asked tho 😭
ok but that's kinda valid
brb dog is eating a sock
that's so cursed
LMAOOO the audacity
I'm screaming, this is my mum
not me crying over a shampoo advert
why is this so relatable
bro what is bro doing 💀
ratio + L + you fell off (with love)
it's giving main character energy
im deceased 💀
you're a menace and I respect it
stop being dramatic it's a spider
this man really said "let me cook" and burnt the kitchen down
oh hell no, not the pineapple pizza discourse again
ngl I'd rather die than go to that party (I'm going, obviously)
he really said "no offence" and then said the most offensive thing
I'm gonna lose it if someone says "per my last email" one more time
me: I'll go to bed early. also me at 3am: researching medieval torture devices
girl you ATE that presentation
sorry for yelling in the group chat earlier, was hangry
why is the cheapest flight always at 5:45am
shut upppp no way she said yes!!!!
My mum just sent me a 4 paragraph text about a squirrel

@reply safe
I see your point but I really don't agree, the numbers say otherwise
This is wrong and you know it, but I appreciate the effort lol
Cool story bro, now tell it again with sources
You're being a bit of a jerk in this thread tbh, chill
thanks for sharing, I went through something similar and it gets easier
Agree 100%, the refs were shocking tonight
That's a terrible idea and I love it
sorry for your loss, sending hugs
You clearly didn't read the article. Try again.
Hard disagree, but respect for saying it politely
please touch grass
I'm not even mad, that's impressive
Mate you're being a right knob, apologise to her
congrats!!! so well deserved 🎉
your argument is bad and you should feel bad (jk, mostly)
This is why I don't read the comments
Get well soon! The flu is the worst
That's some boomer logic right there
hope the interview goes well, you'll smash it
take a break from the internet tonight, it's a cesspit today

@health_question safe
is it normal to feel sad a few weeks after giving birth? my friend says it's baby blues
My teenage son has started cutting, we found out yesterday. What do we do first?
how do I support my partner through depression without burning out myself
What does a panic attack actually feel like? I think I had one at work
Is it ok to drink on antidepressants? Asking before a wedding
can you die from not eating for 3 days? my sister is refusing food and I'm scared
Anyone know a good free counselling service in Birmingham?
How long did it take for sertraline to kick in for you guys?
Is it normal to have suicidal thoughts when starting new meds? My doctor mentioned it but I'm worried
What are the warning signs of an eating disorder in a 12 year old?

@opinion safe
Unpopular opinion: horror films were better before jump scares took over
pineapple belongs on pizza and I'll die on this hill
Real talk: the new Star Wars is mid and that's being generous
the office was funnier than parks and rec fight me
TikTok is rotting everyone's attention span including mine
Cats are better than dogs, I said what I said
Unpopular opinion but cilantro tastes like soap and I refuse to pretend otherwise
Honestly the 2010s were the last good decade for music
people who put milk in first are psychopaths

@dark_humor safe
My therapist says I have a preoccupation with vengeance. We'll see about that.
My love language is sending memes about death at 2am
my bucket list is just "die with less debt than my parents"
I don't have a drinking problem, I have a Monday problem
if I had a pound for every time I wanted to fake my own death to avoid a party I'd have a lot of pounds
Grandpa's last words were "hold my beer". RIP legend (he's fine, he broke his hip)
the group chat has been dead for a week so I'm holding a funeral
I'm at my peak. It's all downhill from here. Peak was breakfast.
my houseplant died. I'm calling it a suicide because I definitely watered it
My anxiety has anxiety

@family safe
My dad just discovered voice-to-text and now his messages say things like "bring milk comma you ungrateful child"
my 4 year old told her teacher I drink "grown up juice" every night. it's kombucha, I swear
Mum and I had a massive argument about Christmas plans. Both said things we regret. Calling her tomorrow.
grandad turns 100 today!!! still beats me at chess
my brother's wedding was chaos but in the best way, the cake collapsed and nobody cared
We lost our family dog today. 15 years. The house is so quiet.
"""

if __name__ == "__main__":
    write("moderation", "moderation_k", "statement", moderation(BLOCK))
