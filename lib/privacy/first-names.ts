/**
 * Common first names in the UK, across generations and communities, for telling a patient called by
 * first name alone ("I sat with Sarah after the scan") from any other capitalised word. Data, not
 * logic: a name missing here is only missed when nothing else (a title, "her son", "patient") marks it.
 * Names that are also months (May, June, April, August) are left out.
 */
const NAMES = `
aaliyah aaron abdul abdullah abigail abu ada adam adele adrian agnes ahmed ahmad aidan aisha alan albert alex
alexander alexandra alfie alfred ali alice alison alistair amanda amara amber amelia amina amir amira amy andrea
andrew andy angela angus anita ann anna anne annie anthony antonio archie arjun arthur ashley audrey ava barbara
barry beatrice ben benjamin bernard bernadette beryl beth bethan bethany betty beverley bill billy blessing bob
bobby brenda brendan brian bridget bronwen bruce bryony callum cameron carl carla carly carmen carol caroline
carolyn cath catherine cathy charlie charlotte chelsea cheryl chidi chinedu chloe chris christine christopher
ciara claire clara clare colin connor conor craig cynthia daisy dale damian daniel danny darren dave david dawn
dean debbie deborah declan deepak denise dennis derek devon diana diane dilys dominic donald doreen doris dorothy
dougie douglas duncan dylan eddie edith edna edward eileen elaine eleanor elizabeth ella ellie elsie emily emma
eric erin ethan ethel eve evelyn ewan faisal farah fatima fatma fiona florence francesca frank freddie frederick
freya gail gareth gary gavin gemma geoffrey george georgia gerald gillian gladys glenys gloria gordon grace
graham gregory gwen hamza hannah harold harriet harry harvey hassan hayley hazel heather helen henry hilda holly
hugh hussein iain ian ibrahim imogen imran ira irene iris isaac isabel isabella isla ismail ivan ivy jack jackie
jacob jade jake james jamal jamie jan jane janet janice jasmine jason jayden jean jeanette jeff jennifer jenny
jeremy jessica jill jim jimmy joan joanne jodie joe joel john johnny jonathan jordan joseph josephine josh joshua
joy joyce judith judy julia julie justin kaitlyn kamal karen kate katherine kathleen kathryn katie kay keith
kelly ken kenneth kerry kevin khadija kieran kim kirsty kofi kwame kyle laila laura lauren leah lee leila leon
leonard les lesley leslie lewis liam lily linda lindsay lisa liz lola lorna lorraine louise lucy luke lynn
lynne madison maisie malcolm mandy manuel marcus margaret maria marian marie marion marjorie mark martha martin
mary matthew maureen maurice max maya megan mehmet melanie mia michael michelle mildred mohamed mohammad mohammed
molly mona muhammad muriel mustafa nadia nancy naomi natalie natasha nathan neil nicola nicole nigel niamh noah
norma norman nuala olive oliver olivia omar oscar owen paddy pamela patricia patrick paul paula pauline pearl peggy
penny pete peter philip phoebe phyllis poppy priya priyanka rachel rajesh rashid ravi raymond rebecca reggie rhys
richard rita rob robert robin rosa rose rosemary rosie ross roy ruby rupert russell ruth ryan sadia sally sam
samantha samir samuel sana sandra sanjay sarah scarlett sean seren shabana shane sharon sheila shirley siddharth
simon siobhan sophia sophie stacey stanley stella stephanie stephen steve steven stuart sunita susan suzanne
sylvia tahir tanya tariq teresa terence terry theo thomas tim timothy tina toby tom tommy tony tracey tracy trevor
usha valerie vanessa vera veronica victor victoria vijay vincent violet vivienne walter wendy william winifred
winston yasmin yusuf yvonne zac zach zainab zara zoe
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** First names that are also everyday words: at the start of a sentence they are taken as the word. */
export const ALSO_WORDS: ReadonlySet<string> = new Set(
  'bill dawn frank grace holly iris ivy jack joy mark olive pearl penny rob rose ruby sam will'.split(' '),
);
