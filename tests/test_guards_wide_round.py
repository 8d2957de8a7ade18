"""The wide round of guards_languages.toml: only the gravest danger signs, wanting to die and a decision asked, in
languages no earlier round read. Each language has eight patterns (six signs, one in the self-harm table, one
decision), and here for each: someone in danger now (not breathing, chest pain, fainted or not waking, a seizure, a
stroke's signs, a high fever with confusion or a fever days after a CAR-T infusion), wanting to die, a decision about
one's own or a relative's medicine or treatment, and look-alikes that must stay study questions (what the study's
patients had, a story of long ago). Made-up messages, written for these tests from public red-flag lists and general
language knowledge, never from an eval set. English is left alone: no pattern of this round matches an English
sentence, and the router trying every pattern reads plain English as the one trying only the English patterns."""
from __future__ import annotations

import functools
import re
import tomllib

import pytest
from conftest import ROOT, guard_router, quick_guard_router, wider_guard_tests

E, S, A = "emergency_reaction", "emergency_self_harm", "personal_advice"


MESSAGES = {
    "Welsh": [
        ("Dw i'n methu anadlu, helpwch fi!", E),
        ("Mae gen i boen ofnadwy yn fy mrest", E),
        ("Mae Mam wedi llewygu a dydy hi ddim yn deffro", E),
        ("Mae fy mab yn cael ffit nawr", E),
        ("Mae ei wyneb yn gwyro ar un ochr ac mae e'n methu siarad yn sydyn", E),
        ("Mae gan Dad dwymyn uchel ac mae e'n ddryslyd", E),
        ("Mae gan Mam dwymyn bum diwrnod ar ôl y trwyth CAR-T", E),
        ("Dw i eisiau marw", S),
        ("Dw i ddim eisiau byw rhagor", S),
        ("A ddylwn i stopio fy meddyginiaeth?", A),
        ("A ddylai Mam gael y driniaeth CAR-T?", A),
        ("Oedd gan y cleifion yn yr astudiaeth boen yn y frest?", None),
        ("Llewygodd fy mam flynyddoedd yn ôl.", None),
        ("Faint o gleifion oedd yn methu anadlu ar ôl y trwyth?", None),
    ],
    "Basque": [
        ("Amak ezin du arnasarik hartu!", E),
        ("Bularrean min handia dut", E),
        ("Aitak konortea galdu du eta ez da esnatzen", E),
        ("Nire semeak konbultsioak ditu orain", E),
        ("Aitonari aurpegia okertu zaio eta bat-batean ezin du hitz egin", E),
        ("Amak sukar handia du eta nahasita dago", E),
        ("Aitak sukarra du CAR-T infusioaren ondoren hiru egunera", E),
        ("Hil nahi dut", S),
        ("Botika hartzeari utzi behar al diot?", A),
        ("Amak CAR-T tratamendua jaso behar al du?", A),
        ("Ikerketako pazienteek bularreko mina izan zuten?", None),
        ("Duela hamar urte amak konortea galdu zuen.", None),
    ],
    "Esperanto": [
        ("Mia patro ne povas spiri!", E),
        ("Mia brusto forte doloras", E),
        ("Mia patrino ĵus svenis kaj ne vekiĝas", E),
        ("Mia patrino jxus svenis kaj ne vekigxas", E),
        ("Mia filo havas epilepsian atakon nun", E),
        ("Lia vizaĝo malleviĝis unuflanke kaj li ne plu povas paroli", E),
        ("Ŝi havas altan febron kaj estas konfuzita", E),
        ("Mia edzo havas febron tri tagojn post la CAR-T infuzo", E),
        ("Mi volas morti", S),
        ("Ĉu mi ĉesu preni mian medikamenton?", A),
        ("Cxu mia patrino ricevu la CAR-T kuracadon?", A),
        ("Ĉu la pacientoj en la studo havis brustdoloron?", None),
        ("Antaŭ dek jaroj mia avino svenis.", None),
    ],
    "West Frisian": [
        ("Heit kin net sykhelje!", E),
        ("Ik haw pine op it boarst", E),
        ("Mem is flauwefallen en wurdt net wekker", E),
        ("Us soan hat in epileptyske oanfal", E),
        ("Syn gesicht hinget oan ien kant en hy kin ynienen net mear prate", E),
        ("Beppe hat hege koarts en is yn 'e war", E),
        ("Mem hat koarts trije dagen nei it CAR-T ynfuus", E),
        ("Ik wol dea, ik wol net mear libje", S),
        ("Moat ik ophâlde mei myn medisinen?", A),
        ("Moat mem de CAR-T behanneling krije?", A),
        ("Hienen de pasjinten yn it ûndersyk pine op it boarst?", None),
        ("Tsien jier lyn is myn mem flauwefallen.", None),
    ],
    "Faroese": [
        ("Pápi kann ikki anda!", E),
        ("Eg havi ilt í bringuni", E),
        ("Mamma datt í óvit og vaknar ikki", E),
        ("Sonur mín hevur krampuálop", E),
        ("Andlitið á honum hongur og hann kann brátt ikki tosa", E),
        ("Mamma hevur høgan hita og er ør", E),
        ("Pápi fekk feber tríggjar dagar eftir CAR-T infusjónina", E),
        ("Eg vil doyggja", S),
        ("Skal eg steðga við heilivágin?", A),
        ("Eigur mamma at fáa CAR-T viðgerðina?", A),
        ("Høvdu sjúklingarnir í kanningini ilt í bringuni?", None),
        ("Fyri tíggju árum síðan datt mamma í óvit.", None),
    ],
    "Breton": [
        ("Ne c'hall ket analañ!", E),
        ("Poan vras em bruched", E),
        ("Semplet eo ma mamm ha ne zihun ket", E),
        ("Ur barr-epilepsiezh en deus ma mab bremañ", E),
        ("E zremm a zo kamm ha ne c'hall ket ken komz", E),
        ("Terzhienn vras en deus ma zad ha trelatet eo", E),
        ("Terzhienn he deus ma mamm tri deiz goude ar CAR-T", E),
        ("C'hoant am eus da vervel", S),
        ("Dleout a ran paouez gant ma louzoù?", A),
        ("Ha poan er bruched o doa ar glañvourien er studiadenn?", None),
        ("Dek vloaz zo e oa semplet ma mamm.", None),
    ],
    "Scottish Gaelic": [
        ("Chan urrainn dha anail a tharraing!", E),
        ("Tha pian mòr nam bhroilleach", E),
        ("Chaidh mo mhàthair an laigse agus chan eil i a' dùsgadh", E),
        ("Tha taom tinneas-tuiteamach air mo mhac", E),
        ("Bhuail stròc e, tha aodann air tuiteam", E),
        ("Tha fiabhras àrd air m' athair agus tha e troimh-a-chèile", E),
        ("Tha fiabhras air mo mhàthair trì latha às dèidh an CAR-T", E),
        ("Tha mi airson bàsachadh", S),
        ("Am bu chòir dhomh stad a' gabhail mo chungaidh?", A),
        ("An robh pian nam broilleach aig na h-euslaintich san sgrùdadh?", None),
        ("O chionn deich bliadhna chaidh mo mhàthair an laigse.", None),
    ],
    "Corsican": [
        ("Babbu ùn pò micca respirà!", E),
        ("Aghju un male forte à u pettu", E),
        ("Mamma hè svenuta è ùn si sveglia più", E),
        ("U mo figliolu hà una crisa d'epilessia avà", E),
        ("Hà a bocca storta è ùn pò più parlà", E),
        ("Babbu hà a frebba alta è hè cunfusu", E),
        ("Mamma hà a frebba trè ghjorni dopu à l'infusione CAR-T", E),
        ("Vogliu more", S),
        ("Devu piantà e mo medicine?", A),
        ("Mamma deve riceve u trattamentu CAR-T?", A),
        ("I pazienti di u studiu avianu male à u pettu?", None),
        ("Dece anni fà, mamma hà persu a cunniscenza.", None),
    ],
    "Occitan": [
        ("Mon paire pòt pas respirar!", E),
        ("Ai mal a la peitrina", E),
        ("Ma maire s'es esvanida e se revelha pas", E),
        ("Mon filh fa una crisi d'epilèpsia", E),
        ("La boca es tòrta e pòt pas pus parlar", E),
        ("Mon paire a una fèbre fòrta e es confús", E),
        ("Ma maire a de fèbre tres jorns aprèp la perfusion CAR-T", E),
        ("Vòli morir", S),
        ("Devi arrestar mos medicaments?", A),
        ("Ma maire deu prendre lo tractament CAR-T?", A),
        ("Los pacients de l'estudi avián mal a la peitrina?", None),
        ("I a dètz ans, ma maire s'es esvanida.", None),
    ],
    "Macedonian": [
        ("Татко ми не може да дише!", E),
        ("Ме боли во градите многу силно", E),
        ("Мајка ми се онесвести и не се буди", E),
        ("Син ми има епилептичен напад", E),
        ("Лицето му е искривено и одеднаш не може да зборува", E),
        ("Мама има висока температура и е збунета", E),
        ("Татко ми има треска три дена по инфузијата CAR-T", E),
        ("Сакам да умрам", S),
        ("Треба ли да престанам да ги пијам лековите?", A),
        ("Дали мама треба да ја прими терапијата CAR-T?", A),
        ("Дали пациентите во студијата имаа болка во градите?", None),
        ("Пред десет години мајка ми се онесвести.", None),
    ],
    "Belarusian": [
        ("Тата не можа дыхаць!", E),
        ("Мне моцна баліць у грудзях", E),
        ("Мама страціла прытомнасць і не прачынаецца", E),
        ("У сына пачаліся сутаргі", E),
        ("Твар перакасіла, і ён раптам не можа гаварыць", E),
        ("У мамы высокая тэмпература, і яна не пазнае мяне", E),
        ("У таты тэмпература праз тры дні пасля інфузіі CAR-T", E),
        ("Я хачу памерці", S),
        ("Ці трэба мне спыніць прымаць лекі?", A),
        ("Ці варта маме рабіць лячэнне CAR-T?", A),
        ("Ці былі ў пацыентаў даследавання болі ў грудзях?", None),
        ("Дзесяць гадоў таму мама страціла прытомнасць.", None),
    ],
    "Georgian": [
        ("მამა ვერ სუნთქავს!", E),
        ("mama ver sunTqavs, gvishvelet!", E),
        ("გულმკერდი ძალიან მტკივა", E),
        ("gulmkerdi dzalian mtkiva", E),
        ("დედამ გონება დაკარგა და არ იღვიძებს", E),
        ("ჩემს შვილს კრუნჩხვები აქვს", E),
        ("სახე მოექცა და ვეღარ ლაპარაკობს", E),
        ("დედას მაღალი სიცხე აქვს და დაბნეულია", E),
        ("მამას სიცხე აქვს CAR-T ინფუზიიდან სამი დღის შემდეგ", E),
        ("მინდა მოვკვდე", S),
        ("minda movkvde", S),
        ("წამლის მიღება უნდა შევწყვიტო?", A),
        ("wamali unda shevwyvito?", A),
        ("კვლევის პაციენტებს გულმკერდის ტკივილი ჰქონდათ?", None),
        ("ათი წლის წინ დედამ გონება დაკარგა.", None),
        ("kvlevis pacientebs gulmkerdi tkivodat?", None),
    ],
    "Armenian": [
        ("Հայրս չի կարողանում շնչել!", E),
        ("hayrs chi karoxanum shnchel", E),
        ("Կրծքավանդակս շատ ցավում է", E),
        ("Մայրս ուշաթափվեց և չի արթնանում", E),
        ("mayrs ushatapvec u chi artnanum", E),
        ("Տղաս ցնցումներ ունի", E),
        ("Դեմքը ծռվեց, հանկարծ չի կարողանում խոսել", E),
        ("Մայրս բարձր ջերմություն ունի և շփոթված է", E),
        ("Հայրս ջերմություն ունի CAR-T ինֆուզիայից երեք օր հետո", E),
        ("Ուզում եմ մեռնել", S),
        ("uzum em mernel", S),
        ("Պե՞տք է դադարեցնեմ դեղը", A),
        ("Petq e dadarecnem deghers?", A),
        ("Հետազոտության հիվանդները կրծքավանդակի ցավ ունեի՞ն", None),
        ("Տասը տարի առաջ մայրս ուշաթափվեց։", None),
    ],
    "Mongolian": [
        ("Аав амьсгалж чадахгүй байна!", E),
        ("Цээж хүчтэй өвдөж байна", E),
        ("Ээж ухаан алдсан, сэрэхгүй байна", E),
        ("Хүү маань таталт өгч байна", E),
        ("Аавын нүүр мурийсан, гэнэт ярьж чадахгүй байна", E),
        ("Ээж өндөр халуурч байна, намайг танихгүй байна", E),
        ("Аав CAR-T дуслын дараа гурван өдөр халуурч байна", E),
        ("Би үхмээр байна", S),
        ("Би эмээ уухаа болих ёстой юу?", A),
        ("Судалгааны өвчтөнүүдэд цээж өвдөж байсан уу?", None),
        ("Арван жилийн өмнө ээж ухаан алдсан.", None),
    ],
    "Kyrgyz": [
        ("Атам дем ала албай жатат!", E),
        ("Көкүрөгүм катуу ооруп жатат", E),
        ("Апам эси ооп калды, ойгонбой жатат", E),
        ("Уулумду талма кармады", E),
        ("Жүзү кыйшайып калды, сүйлөй албай калды", E),
        ("Апамдын ысытмасы жогору, мени тааныбай жатат", E),
        ("Атамдын CAR-T инфузиясынан үч күн өткөндөн кийин ысытмасы чыкты", E),
        ("Өлгүм келет", S),
        ("Дарымды токтотушум керекпи?", A),
        ("Изилдөөдөгү бейтаптардын көкүрөгү ооруп жатабы?", None),
        ("Он жыл мурун апамдын эси ооп калган.", None),
    ],
    "Tajik": [
        ("Падарам нафас гирифта наметавонад!", E),
        ("Синаам сахт дард мекунад", E),
        ("Модарам беҳуш шуд ва бедор намешавад", E),
        ("Писарам рағкашӣ дорад", E),
        ("Рӯяш каҷ шуд ва ногаҳон гап зада наметавонад", E),
        ("Модарам табларзаи баланд дорад ва маро намешиносад", E),
        ("Падарам се рӯз пас аз инфузияи CAR-T табларза дорад", E),
        ("Мехоҳам бимирам", S),
        ("Оё ман бояд доруамро қатъ кунам?", A),
        ("Оё беморони тадқиқот дарди сина доштанд?", None),
        ("Даҳ сол пеш модарам беҳуш шуд.", None),
    ],
    "Tatar": [
        ("Әтием сулыш ала алмый!", E),
        ("Күкрәгем каты авырта", E),
        ("Әнием аңын югалтты һәм уянмый", E),
        ("Улымның гәүдәсе тартыша", E),
        ("Йөзе кыйшайды, кинәт сөйләшә алмый", E),
        ("Әниемнең температурасы югары, ул мине танымый", E),
        ("Әтиемнең CAR-T инфузиясеннән соң өч көн үткәч температурасы күтәрелде", E),
        ("Үләсем килә", S),
        ("Даруымны туктатырга кирәкме?", A),
        ("Тикшеренүдәге пациентларның күкрәге авырткан идеме?", None),
        ("Ун ел элек әнием аңын югалтты.", None),
    ],
    "Uyghur": [
        ("دادام نەپەس ئالالمايۋاتىدۇ!", E),
        ("dadam nepes alalmaywatidu, yardem qiling", E),
        ("كۆكرىكىم قاتتىق ئاغرىۋاتىدۇ", E),
        ("ئاپام ھوشىدىن كەتتى، ئويغانمايۋاتىدۇ", E),
        ("ئوغلۇمنىڭ تۇتقاقلىقى تۇتتى", E),
        ("يۈزى قىيسىيىپ قالدى، تۇيۇقسىز سۆزلىيەلمەيۋاتىدۇ", E),
        ("ئاپامنىڭ قىزىتمىسى يۇقىرى، مېنى تونۇمايۋاتىدۇ", E),
        ("دادامنىڭ CAR-T دىن ئۈچ كۈن كېيىن قىزىتمىسى چىقتى", E),
        ("ئۆلگۈم كېلىۋاتىدۇ", S),
        ("ölgüm kéliwatidu", S),
        ("دورامنى توختىتىشىم كېرەكمۇ؟", A),
        ("تەتقىقاتتىكى بىمارلارنىڭ كۆكرىكى ئاغرىدىمۇ؟", None),
        ("ئون يىل ئىلگىرى ئاپام ھوشىدىن كەتكەنىدى.", None),
    ],
    "Kurdish Sorani": [
        ("باوکم ناتوانێت هەناسە بدات!", E),
        ("سنگم زۆر ئازار دەکات", E),
        ("دایکم بێهۆش بوو و بە ئاگا نایەتەوە", E),
        ("کوڕەکەم پەرکەمی گرتووە", E),
        ("دەموچاوی لار بووە و لەناکاو ناتوانێت قسە بکات", E),
        ("دایکم تای زۆر بەرزە و نامناسێتەوە", E),
        ("باوکم سێ ڕۆژ دوای CAR-T تای لێ هاتووە", E),
        ("دەمەوێت بمرم", S),
        ("ئایا دەبێت دەرمانەکەم ڕابگرم؟", A),
        ("ئایا نەخۆشەکانی توێژینەوەکە سنگیان ئازاری دەکرد؟", None),
        ("دە ساڵ لەمەوبەر دایکم بێهۆش بوو.", None),
    ],
    "Yiddish": [
        ("מײַן טאַטע קען נישט אָטעמען!", E),
        ("מיין טאטע קען נישט אטעמען!", E),
        ("עס טוט מיר שטאַרק וויי אין דער ברוסט", E),
        ("די מאַמע האָט זיך געחלשט און וועקט זיך נישט אויף", E),
        ("מײַן זון האָט אַן עפּילעפּטישן אַנפאַל", E),
        ("זיין פּנים הענגט און פּלוצלינג קען ער נישט רעדן", E),
        ("די מאַמע האָט הויכע היץ און איז צעמישט", E),
        ("דער טאַטע האָט היץ דריי טעג נאָך דער CAR-T אינפוזיע", E),
        ("איך וויל שטאַרבן", S),
        ("זאָל איך אויפהערן נעמען מיין מעדיצין?", A),
        ("האָבן די פּאַציענטן אין דער שטודיע געהאַט ווייטיק אין דער ברוסט?", None),
        ("מיט צען יאָר צוריק האָט די מאַמע זיך געחלשט.", None),
    ],
    "Malayalam in Latin letters": [
        ("Achanu swasam edukkan pattunnilla!", E),
        ("Enikku nenju vedanikkunnu", E),
        ("Amma bodham poyi veenu, unarunnilla", E),
        ("Monu ippo fits vannu", E),
        ("Achante mukham kodi poyi, pettennu samsaarikkan pattunnilla", E),
        ("Ammakku kadutha pani, enne thirichariyunnilla", E),
        ("CAR-T kazhinju moonnu divasam aayi achanu pani", E),
        ("Enikku marikkanam", S),
        ("Njan ente marunnu nirthano?", A),
        ("Padanathile rogikalkku nenju vedana undayirunno?", None),
        ("Pathu varsham munpu amma bodham poyi veenu.", None),
    ],
    "Kannada in Latin letters": [
        ("Appa ge usiraata aagtilla!", E),
        ("Nanage ede novu ide", E),
        ("Amma prajne tappidru, ebbisoke aagtilla", E),
        ("Nanna maganige fits bantu", E),
        ("Appana mukha sottagide, thattane maataadoke aagtilla", E),
        ("Ammange tumba jwara, nanna gurtu sigtilla", E),
        ("CAR-T aada mooru dina nantara appange jwara bantu", E),
        ("Nanage saayabeku", S),
        ("Naanu nanna maatre nillisabeka?", A),
        ("Adhyayanada rogigalige ede novu ittaa?", None),
        ("Hattu varsha hinde amma prajne tappidru.", None),
    ],
    "Odia in Latin letters": [
        ("Bapa nishwas nei parunahanti!", E),
        ("Mo chhati bindhuchi", E),
        ("Maa behosh hei gale, uthei paruni", E),
        ("Mo pua ku mirgi asuchi", E),
        ("Bapa nka muha benkei gala, hatat katha kahi parunahanti", E),
        ("Maa nka bhisana jara, mote chinhi parunahanti", E),
        ("CAR-T ra tini dina pare bapa nka jara", E),
        ("Mu maribaku chahen", S),
        ("Mu mo ausadha bandha karibi ki?", A),
        ("Adhyayan ra rogimane nka chhati re pida hauthila ki?", None),
        ("Dasa barsa agaru maa nka chetana haraila.", None),
        ("Adhyayan ra rogimane nka nishwas nei parunathila ki?", None),
    ],
    "Nigerian Pidgin": [
        ("Abeg help, my papa no fit breathe!", E),
        ("My chest dey pain me well well", E),
        ("Mama don faint, she no dey wake", E),
        ("My pikin dey convulse now now", E),
        ("Abeg, im mouth don twist and e no fit talk sudden sudden", E),
        ("Mama body dey hot well well and she dey talk rubbish", E),
        ("Abeg, papa don get fever three days after the CAR-T drip", E),
        ("I just wan die, abeg", S),
        ("Abeg, make I stop my medicine?", A),
        ("Wetin I go do with my drugs now?", A),
        ("Wetin the patients for the study talk say, dem chest dey pain dem?", None),
        ("Ten years ago, my mama don faint for market, abeg", None),
    ],
    "Jamaican Patois": [
        ("Mi granny cyaan breathe!", E),
        ("Mi chest a hurt mi bad", E),
        ("Shi drop dung an nuh a wake up", E),
        ("Di baby a ketch a fit", E),
        ("Im face twis up an suddenly im cyaan talk", E),
        ("Mi madda fever a bun up an shi a talk foolishness", E),
        ("Mi faada body a bun up tree days afta di CAR-T infusion", E),
        ("Mi waan dead", S),
        ("Mi fi stop tek mi medicine?", A),
        ("Di patients dem inna di study, dem chest did a hurt dem?", None),
        ("Ten years ago mi granny drop dung inna di market.", None),
    ],
    "Papiamento": [
        ("Mi tata no por hala rosea!", E),
        ("Mi tin doló fuerte den mi pechu", E),
        ("Mi mama a kai flou i nos no por lant'é", E),
        ("Mi yu ta hañando un atake di epilepsia", E),
        ("Su boka ta skeif i di ripiente e no por papia", E),
        ("Mi mama tin keintura haltu i e ta konfundí", E),
        ("Mi tata tin keintura tres dia despues di e CAR-T", E),
        ("Mi ke muri", S),
        ("Mi mester stop ku mi remedi?", A),
        ("E pashentnan di e estudio tabatin doló den nan pechu?", None),
        ("Dies aña pasá mi mama a kai flou.", None),
    ],
    "Mauritian and Seychellois Creole": [
        ("Mo papa pa kapav respire!", E),
        ("I pa kapab respire, ed mwan!", E),
        ("Mo lestoma pe fer mal for", E),
        ("Mo mama finn tom sans konesans", E),
        ("Mo garson pe gagn enn kriz konvilsion", E),
        ("So lafigir finn tom, sibitman li pa kapav koze", E),
        ("Mo mama ena lafiev for ek li pa pe rekonet mwa", E),
        ("Mo papa gagn lafiev trwa zour apre CAR-T", E),
        ("Mo anvi mor", S),
        ("Eski mo bizin aret mo medikaman?", A),
        ("Eski bann pasian dan letid ti ena douler dan lestoma?", None),
        ("Dis an pase mo mama finn tom sans konesans.", None),
    ],
    "siSwati": [
        ("Babe akakhoni kuphefumula!", E),
        ("Sifuba sami siyabuhlungu kakhulu", E),
        ("Make uquleke, akavuki", E),
        ("Umntfwana wami uyadlikiza", E),
        ("Umlomo wakhe ugwegwile futsi akakhoni kukhuluma", E),
        ("Make unemfiva lenkhulu futsi akangati", E),
        ("Babe unemfiva emalanga lamatsatfu emva kwe-CAR-T", E),
        ("Ngifuna kufa", S),
        ("Kufanele ngiyekele imitsi yami?", A),
        ("Tiguli telucwaningo betinebuhlungu esifubeni yini?", None),
        ("Iminyaka leyishumi leyendlulile babe akakhoni kuphefumula.", None),
    ],
    "Xitsonga": [
        ("Papa a swi koti ku hefemula!", E),
        ("Xifuva xa mina xi vava swinene", E),
        ("Manana u wile a nga ha hlamuli", E),
        ("N'wana wa mina u khomiwe hi vuvabyi bya ku wa", E),
        ("Nomu wa yena wu gombonyokile naswona a nga ha swi koti ku vulavula", E),
        ("Manana u na fivhara leyikulu naswona a nga ha ndzi tivi", E),
        ("Papa u na fivhara masiku manharhu endzhaku ka CAR-T", E),
        ("Ndzi lava ku fa", S),
        ("Xana ndzi fanele ku tshika murhi wa mina?", A),
        ("Xana vavabyi va ndzavisiso a va vaviwa hi xifuva?", None),
        ("Malembe ya khume lama hundzeke manana u wile a nga ha hlamuli.", None),
    ],
    "Hawaiian": [
        ("ʻAʻole hiki iā ia ke hanu!", E),
        ("Aole hiki ia ia ke hanu!", E),
        ("ʻEha loa koʻu umauma", E),
        ("Ua maule ʻo ia", E),
        ("Ke huki nei kona kino", E),
        ("Ua nāwaliwali ka ʻaoʻao hoʻokahi o kona kino", E),
        ("Ua fiwa ʻo ia a huikau", E),
        ("He fiwa kona ʻekolu lā ma hope o ka CAR-T", E),
        ("Makemake au e make", S),
        ("Pono anei iaʻu e hoʻōki i kaʻu lāʻau?", A),
        ("Ua ʻeha ka umauma o nā poʻe maʻi o ka noiʻi?", None),
        ("I ka makahiki i hala, ua maule koʻu makuahine.", None),
    ],
}


@functools.lru_cache(maxsize=1)
def _round_patterns() -> dict[str, dict[str, list[str]]]:
    """This round's patterns as guards_languages.toml holds them: language -> table -> patterns (each pattern's
    line follows the comment naming its language)."""
    found: dict[str, dict[str, list[str]]] = {}
    table = language = None
    for line in (ROOT / "assistant" / "knowledge" / "guards_languages.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("[guards."):
            table = line.strip("[]").split(".", 1)[1]
        elif line.startswith("  # "):
            language = re.split(r" \(|:", line[4:], maxsplit=1)[0].strip()
        elif line.startswith('  "') and language in MESSAGES:
            pattern = tomllib.loads("p = " + line.strip().rstrip(","))["p"]
            found.setdefault(language, {}).setdefault(table, []).append(pattern)
    return found


@functools.lru_cache(maxsize=1)
def _round_compiled() -> list[re.Pattern]:
    """This round's patterns, compiled once for the English checks."""
    return [re.compile(p, re.I) for tables in _round_patterns().values() for ps in tables.values() for p in ps]


@pytest.mark.parametrize("language, message, kind",
                         [(language, message, kind) for language, cases in MESSAGES.items() for message, kind in cases])
def test_guards_in_the_wide_round(language, message, kind):
    assert guard_router().guard(message) == kind, (language, message)
    assert quick_guard_router().guard(message) == kind, (language, message)
    # read by the language's own patterns of the table for its kind (not only by a neighbour's), and a look-alike by none
    own = _round_patterns()[language]
    table = {E: "emergency_other_languages", S: "emergency_self_harm", A: "personal_advice"}.get(kind)
    matched = [t for t, patterns in own.items() for p in patterns if re.search(p, message, re.I)]
    assert set(matched) == ({table} if table else set()), (language, message, matched)


@pytest.mark.parametrize("language", sorted(MESSAGES))
def test_every_language_has_its_signs_and_look_alikes(language):
    kinds = [kind for _, kind in MESSAGES[language]]
    assert kinds.count(E) >= 6 and kinds.count(S) >= 1 and kinds.count(A) >= 1
    assert kinds.count(None) >= 2


@pytest.mark.parametrize("language", sorted(MESSAGES))
def test_every_language_has_its_eight_patterns(language):
    tables = _round_patterns()[language]
    assert {table: len(patterns) for table, patterns in tables.items()} == {
        "emergency_other_languages": 6, "personal_advice": 1, "emergency_self_harm": 1}


# Plain English (and English that looks like a creole or pidgin, or shares their words): no pattern of this round
# matches it, and the router trying every pattern reads it as the one trying only the English patterns.
ENGLISH = [
    "How many patients were in the study?",
    "Did any patient have chest pain or trouble breathing after the infusion?",
    "My mum fainted years ago; is that a side effect they saw?",
    "My dad can't breathe and his lips are blue",
    "I have chest pain right now",
    "She collapsed and isn't waking up",
    "My son is having a seizure",
    "His face is drooping and he can't speak",
    "She has a fever three days after her CAR-T infusion",
    "He has a high fever and he's confused, he doesn't know me",
    "I want to die",
    "I wanna kill myself",
    "I don't want to live anymore",
    "Should I stop my prednisone?",
    "Should my mother get this treatment?",
    "What should I do about my medicine?",
    "Make sure I stop the tablets before the infusion?",
    "There is no fit between the model and the data in figure 2.",
    "Does the study say whether patients can stop their medicines?",
    "Can I take ibuprofen with it?",
    "Is a one-sided weakness or a droopy face listed as a side effect?",
    "Did the trial report any deaths or suicides?",
    "Does Don have fits after the infusion, or did Don get a stroke?",
    "I'm faint and dizzy, im just tired",
    "Is a fever a high risk three days after CAR-T, or was there a mix up?",
    "I suppose we start the treatment tomorrow; make my kids take their pills first.",
    "im a have a fit if they stop my pills",
    "My shirt doesn't fit and I can't breathe in it",
    "Mama said her chest felt tight when she saw the bill, no fever though.",
    "Her body is hot and she has a fever, what day after the infusion is that common?",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_left_alone(text):
    assert not [p.pattern[:60] for p in _round_compiled() if p.search(text)], text
    assert guard_router().guard(text) == quick_guard_router().guard(text), text


# More wordings and look-alikes: a sign now, then a study question in the next sentence (still an emergency); a language
# one cannot speak, the doctor not answering, "the study says whether one can stop ...".
WIDER = {
    "Welsh": [
        ("Mae fy mab yn cael ffit nawr. Beth mae'r astudiaeth yn ei ddweud am ffitiau?", E),
        ("Mae Dad yn methu siarad Saesneg", None),
        ("Ydy'r astudiaeth yn dweud a all rhywun stopio prednisone?", None),
    ],
    "Basque": [
        ("Aitak ezin du hitz egin gaur, lanpetuta dago", None),
        ("Amak ezin du arnasarik hartu. Zer dio ikerketak horri buruz?", E),
    ],
    "Esperanto": [
        ("Mia filo havas epilepsian atakon nun. Kion diras la studo pri tio?", E),
        ("Mia patro ne povas paroli la anglan", None),
        ("Ĉu la studo diras, ĉu oni rajtas ĉesi la prednisonon?", None),
    ],
    "Macedonian": [("Татко ми не може да зборува англиски", None)],
    "Belarusian": [("Ці кажа даследаванне, ці можна спыніць прэднізалон?", None)],
    "Georgian": [("მამამ ინგლისურად ვერ ლაპარაკობს", None)],
    "Armenian": [("Հայրս չի կարողանում խոսել անգլերեն", None)],
    "Kyrgyz": [("Атам англисче сүйлөй албайт", None)],
    "Yiddish": [("מײַן טאַטע קען נישט רעדן ענגליש", None)],
    "Malayalam in Latin letters": [("Achanu English samsaarikkan pattunnilla", None)],
    "Nigerian Pidgin": [
        ("Abeg, e no fit talk English", None),
        ("My pikin dey convulse now now. Wetin the study talk about am?", E),
    ],
    "Papiamento": [("Mi tata no por papia ingles", None)],
    "Mauritian and Seychellois Creole": [("Mo papa pa kapav koz angle", None)],
    "siSwati": [("Babe akakhoni kukhuluma singisi", None)],
}


# Study questions of neighbouring languages these patterns must leave alone: Dutch beside West Frisian, Italian beside
# Corsican, Catalan and French beside Occitan and Breton, Irish beside Scottish Gaelic, Icelandic and Danish beside
# Faroese, Bulgarian beside Macedonian, Russian and Ukrainian beside Belarusian, Persian beside Tajik and Sorani, Hebrew
# beside Yiddish, Arabic beside Sorani and Uyghur, Hindi beside Odia, Tamil beside Malayalam, Zulu beside siSwati, Sesotho
# beside Xitsonga, Haitian beside Mauritian Creole, Spanish beside Papiamento, Uzbek and Turkish beside Uyghur, Kyrgyz
# and Tatar, Tok Pisin beside Nigerian Pidgin.
NEIGHBOURS = [
    "Hoeveel patiënten stopten met hun medicijnen na de infusie?",
    "Quanti pazienti hanno avuto la febbre dopo l'infusione?",
    "Quants pacients van deixar els medicaments?",
    "Combien de patients ont eu de la fièvre après la perfusion ?",
    "Cé mhéad othar a bhí sa staidéar?",
    "Hversu margir sjúklingar hættu á lyfjunum?",
    "Hvor mange patienter stoppede med deres medicin?",
    "Колко пациенти спряха лекарствата си?",
    "Сколько пациентов прекратили приём лекарств?",
    "Скільки пацієнтів припинили приймати ліки?",
    "چند بیمار داروهایشان را قطع کردند؟",
    "כמה מטופלים הפסיקו את התרופות שלהם?",
    "كم عدد المرضى الذين أوقفوا أدويتهم؟",
    "Kitne mareezon ne study mein dawa band ki?",
    "Ethana noyaaligal maathirai niruthinaanga?",
    "Zingaki iziguli ezayeka ukuthatha imithi yazo?",
    "Ke bakuli ba bakae ba ileng ba emisa meriana ea bona?",
    "Konbyen pasyan ki te sispann pran medikaman yo?",
    "¿Cuántos pacientes dejaron sus medicamentos?",
    "Nechta bemor dorilarini to'xtatdi?",
    "Kaç hasta ilaçlarını bıraktı?",
    "Hamas sikman i stop long kisim marasin?",
]


globals().update(wider_guard_tests(WIDER, NEIGHBOURS))
