/**
 * Given names the first-name list leaves out, from the communities a UK hospital serves (West African,
 * Polish, Welsh, Irish, Scottish, South Asian, Eastern European, East African, Greek, Turkish, Chinese).
 * Data, not logic: read only to tell a name opening a sentence ("Ravinder was…") from any other word.
 */
const NAMES = `
abena abimbola adaeze adebayo adeola adewale adwoa afia afua agnieszka ahmet aiko ailsa aisling akosua akua
alana albie aled aleksander aleksandra alexei alfonso alina alisha alma alun amadou amaka amani amarjit ambrose
amelie anan anastasia andreea andrei aneesa angharad anika anil anjali ansel antoni aoife arif arlo armando
arnav aroha asha ashok asif aslan astrid aurelia ayesha ayodele aziz babajide bakary balraj barnaby bartek
bartosz basia beata benedict bernie bisi bogdan bolaji boris branwen brigid bronagh bunmi caitlin caoimhe carys
cassius catalina cecil cecily cedric ceri chanel chantelle chiamaka chibuzo chika chinwe chioma chipo ciaran
clodagh cormac cosmin cristina dafydd dagmar damilola dariusz darragh dawit deirdre delphine demetrius dervla
desmond dilip dimitri dmitri dolores dominika dorota duc dumisani ebele efua eilidh eirian elif elin elodie
emeka emre enzo eoin esi esme esther eunice ezekiel fatou faustina femi fenella fergus ffion fidelma finlay
fionnuala florin folake funmilayo gabriel gabriela ganesh genevieve giorgos giulia giuseppe gorana gosia
gracjan grzegorz gulnaz gurpreet gwilym habib hadiza hamish hana haruki hemi hiroshi huda idris ife ifeoma
ignacy ikechukwu ilona imani ines ingrid ioana iona iqbal irina isadora iwan jadwiga jagdeep jakub jamila jarek
jaswinder jaya jerzy jiang joaquim jolanta jonas jorge jurgen kacper kai kamala kamil karim karolina kasia
katarzyna kayode kazimierz kemal kemi keziah khalid kiran kirsten krystyna kwabena kwadwo kwaku kwesi lakshmi
laszlo lemuel leocadia leszek liang lowri luca lucjan ludmila lukasz maciej magda magdalena mahmoud malachy
malgorzata manpreet mansoor mareike marek margit marguerite mariam mariana mariusz marta mateusz matteo mehreen
mei meleri mihai milena ming mirela miroslav mirza mohinder moira morag mthunzi mumtaz murali murray
nadeem nasreen navdeep nawal nazia ngozi nia nikhil nikolai nirmala njeri nkechi nnamdi noor noura nuno obinna
olamide olek oleksandr olena olga olu oluchi olumide oluwaseun omari onur oona orla osagie otto pawel pedro
piotr pradeep priti przemek qasim radek radhika rafael rafal rahel rajinder ramesh rania rashida
ravinder razia rehana remi rhiannon rhodri rohan roisin rukhsana rustam sabah sabina sadiq saeed sagal salma
samira sanjeev saoirse seamus sebastian segun senthil shabnam shahid shamima shanice shauna sian siddiq simran
sinead sione sipho slawomir sofia somaya stanislaw stefan stefania sukhwinder sunil svetlana szymon tadeusz
tamsin tanvir tatiana temitope teodora thabo thandiwe tobiah tomasz tomek tunde uche ulrika umar umut vasile
veronika vikram viktor vladimir wanjiru wiktoria winnie wojciech xavier yaw yetunde yiannis yusra zahra zaid
zbigniew zeynep zofia zoltan zsofia zuzanna`;

export const MORE_GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
