namespace Custos.Application.Demo;

/// <summary>
/// Names of many cultures and scripts, so that screening and search meet what real customer bases hold: Cyrillic with
/// its transliterations, Arabic, Han, kana, Hangul, Devanagari and Greek scripts, Latin letters with diacritics
/// (ü, ł, ė, ġ, ñ, ç) and the Turkish dotted and dotless i (İ, ı), which break culture-sensitive case mapping.
/// </summary>
internal static class DemoCultures
{
    public static readonly DemoCulture Russian = new("ru", "RU", NativeNameOrder.FamilyGivenPatronymic,
        "Ivan|Иван,Sergei|Сергей,Aleksei|Алексей,Dmitry|Дмитрий,Andrei|Андрей,Mikhail|Михаил,Nikolai|Николай,Yury|Юрий,Pavel|Павел,Artyom|Артём,Vladimir|Владимир,Maksim|Максим",
        "Anna|Анна,Elena|Елена,Olga|Ольга,Natalya|Наталья,Tatyana|Татьяна,Yulia|Юлия,Ekaterina|Екатерина,Mariya|Мария,Svetlana|Светлана,Darya|Дарья,Irina|Ирина,Kseniya|Ксения",
        "Ivanov|Иванов|Ivanova|Иванова,Smirnov|Смирнов|Smirnova|Смирнова,Kuznetsov|Кузнецов|Kuznetsova|Кузнецова,Popov|Попов|Popova|Попова,"
        + "Sokolov|Соколов|Sokolova|Соколова,Lebedev|Лебедев|Lebedeva|Лебедева,Kozlov|Козлов|Kozlova|Козлова,Novikov|Новиков|Novikova|Новикова,"
        + "Morozov|Морозов|Morozova|Морозова,Volkov|Волков|Volkova|Волкова,Fyodorov|Фёдоров|Fyodorova|Фёдорова,Belyaev|Беляев|Belyaeva|Беляева,"
        + "Zhukovsky|Жуковский|Zhukovskaya|Жуковская,Orlov|Орлов|Orlova|Орлова,Shcherbakov|Щербаков|Shcherbakova|Щербакова",
        "Petrovich|Петрович|Petrovna|Петровна,Ivanovich|Иванович|Ivanovna|Ивановна,Sergeevich|Сергеевич|Sergeevna|Сергеевна,"
        + "Alekseevich|Алексеевич|Alekseevna|Алексеевна,Nikolaevich|Николаевич|Nikolaevna|Николаевна,Vladimirovich|Владимирович|Vladimirovna|Владимировна,"
        + "Andreevich|Андреевич|Andreevna|Андреевна,Yurievich|Юрьевич|Yurievna|Юрьевна");

    public static readonly DemoCulture Ukrainian = new("uk", "UA", NativeNameOrder.FamilyGivenPatronymic,
        "Oleksandr|Олександр,Andrii|Андрій,Dmytro|Дмитро,Serhii|Сергій,Mykola|Микола,Yurii|Юрій,Taras|Тарас,Bohdan|Богдан,Vasyl|Василь,Oleh|Олег",
        "Olena|Олена,Yuliia|Юлія,Kateryna|Катерина,Iryna|Ірина,Nataliia|Наталія,Oksana|Оксана,Tetiana|Тетяна,Halyna|Галина,Anastasiia|Анастасія,Sofiia|Софія",
        "Shevchenko|Шевченко,Kovalenko|Коваленко,Bondarenko|Бондаренко,Tkachenko|Ткаченко,Kravchenko|Кравченко,Melnyk|Мельник,Boiko|Бойко,"
        + "Moroz|Мороз,Lysenko|Лисенко,Savchenko|Савченко,Hrytsenko|Гриценко,Kovalchuk|Ковальчук,Polishchuk|Поліщук",
        "Petrovych|Петрович|Petrivna|Петрівна,Ivanovych|Іванович|Ivanivna|Іванівна,Mykolaiovych|Миколайович|Mykolaivna|Миколаївна,"
        + "Vasylovych|Васильович|Vasylivna|Василівна,Serhiiovych|Сергійович|Serhiivna|Сергіївна");

    public static readonly DemoCulture Belarusian = new("be", "BY", NativeNameOrder.FamilyGivenPatronymic,
        "Aliaksandr|Аляксандр,Siarhei|Сяргей,Andrei|Андрэй,Uladzimir|Уладзімір,Mikalai|Мікалай,Dzmitry|Дзмітрый,Pavel|Павел,Yauhen|Яўген",
        "Katsiaryna|Кацярына,Volha|Вольга,Maryia|Марыя,Hanna|Ганна,Alena|Алена,Tatsiana|Таццяна,Nasta|Наста,Iryna|Ірына",
        "Kavalenka|Каваленка,Novik|Новік,Kazlou|Казлоў|Kazlova|Казлова,Karpovich|Карповіч,Marozau|Марозаў|Marozava|Марозава,"
        + "Shautsou|Шаўцоў|Shautsova|Шаўцова,Lukashevich|Лукашэвіч,Bahdanovich|Багдановіч,Tsikhanouski|Ціханоўскі|Tsikhanouskaya|Ціханоўская",
        "Ivanavich|Іванавіч|Ivanauna|Іванаўна,Mikalaevich|Мікалаевіч|Mikalaeuna|Мікалаеўна,Siarheevich|Сяргеевіч|Siarheeuna|Сяргееўна,"
        + "Paulavich|Паўлавіч|Paulauna|Паўлаўна");

    public static readonly DemoCulture German = new("de", "DE", NativeNameOrder.None,
        "Jürgen,Klaus,Stefan,Lukas,Maximilian,Jörg,Felix,Thomas,Björn,Matthias", "Anna-Lena,Sabine,Katrin,Lea,Jana,Ursula,Sophie,Bärbel,Hannah,Mareike",
        "Müller,Schmidt,Schneider,Fischer,Weiß,Schröder,Krüger,Hoffmann,Wagner,Becker,Schäfer,von Bülow,Groß");

    public static readonly DemoCulture French = new("fr", "FR", NativeNameOrder.None,
        "François,Jean-Pierre,Théo,Nicolas,Jérôme,Hugo,Étienne,Louis", "Hélène,Chloé,Camille,Marie-Claire,Léa,Amélie,Océane,Inès",
        "Martin,Bernard,Dubois,Lefèvre,Moreau,Girard,Fournier,Rousseau,Chevalier,Gauthier,Lemaître,Faure");

    public static readonly DemoCulture Irish = new("ga", "IE", NativeNameOrder.None,
        "Seán,Ciarán,Pádraig,Eoin,Cian,Darragh,Conor,Oisín", "Siobhán,Aoife,Niamh,Saoirse,Caoimhe,Róisín,Orla,Aisling",
        "Murphy,Kelly,O'Brien||Ní Bhriain|,O'Sullivan,Ó Súilleabháin||Ní Shúilleabháin|,Walsh,Byrne,Ryan,Mac Giolla Phádraig||Nic Giolla Phádraig|,O'Connor,McCarthy");

    public static readonly DemoCulture Lithuanian = new("lt", "LT", NativeNameOrder.None,
        "Jonas,Mindaugas,Tomas,Lukas,Darius,Žygimantas,Rimantas,Vytautas", "Rūta,Eglė,Austėja,Gabija,Žydrūnė,Ieva,Laura,Giedrė",
        "Kazlauskas||Kazlauskienė|,Petrauskas||Petrauskaitė|,Jankauskas||Jankauskienė|,Butkus||Butkienė|,Paulauskas||Paulauskaitė|,"
        + "Žukauskas||Žukauskienė|,Vasiliauskas||Vasiliauskaitė|,Šimkus||Šimkutė|");

    public static readonly DemoCulture Maltese = new("mt", "MT", NativeNameOrder.None,
        "Ġużeppi,Ġorġ,Pawlu,Ċensu,Mario,Karl,Luke,Matthew", "Marija,Rita,Ġulja,Maria,Doris,Antonella,Ċelestina,Kylie",
        "Borg,Camilleri,Vella,Farrugia,Żammit,Grech,Galea,Caruana,Micallef,Xuereb,Attard,Spiteri");

    public static readonly DemoCulture Dutch = new("nl", "NL", NativeNameOrder.None,
        "Daan,Bram,Sem,Joost,Pieter,Thijs,Ruud,Sjoerd", "Sanne,Femke,Lotte,Anouk,Eva,Marieke,Ilse,Noor",
        "de Vries,van den Berg,Jansen,Bakker,van Dijk,de Jong,Visser,Smit,van der Meer,Mulder,Hendriks");

    public static readonly DemoCulture Polish = new("pl", "PL", NativeNameOrder.None,
        "Łukasz,Grzegorz,Wojciech,Piotr,Krzysztof,Paweł,Michał,Jakub", "Małgorzata,Agnieszka,Zofia,Katarzyna,Joanna,Magdalena,Żaneta,Anna",
        "Kowalski||Kowalska|,Wiśniewski||Wiśniewska|,Wójcik,Lewandowski||Lewandowska|,Zieliński||Zielińska|,Szymański||Szymańska|,"
        + "Woźniak,Dąbrowski||Dąbrowska|,Kozłowski||Kozłowska|,Jankowski||Jankowska|,Mazur,Krawczyk");

    public static readonly DemoCulture Spanish = new("es", "ES", NativeNameOrder.None,
        "José,Alejandro,Javier,Álvaro,Manuel,Sergio,Íñigo,Pablo", "María José,Lucía,Carmen,Núria,Paula,Sofía,Begoña,Ana Belén",
        "García López,Martínez Sánchez,Rodríguez Pérez,Fernández Gómez,González Ruiz,Sánchez Díaz,Muñoz Moreno,Jiménez Álvarez,Ibáñez Castaño");

    public static readonly DemoCulture Brazilian = new("pt-BR", "BR", NativeNameOrder.None,
        "João,Luiz Henrique,Gabriel,Pedro,Thiago,Lucas,Rafael,Antônio", "Ana Clara,Maria Eduarda,Juliana,Fernanda,Letícia,Beatriz,Camila,Conceição",
        "da Silva,dos Santos,Oliveira,de Souza,Pereira,Lima,Gonçalves,Carvalho,Araújo,Ribeiro,Magalhães");

    public static readonly DemoCulture American = new("en-US", "US", NativeNameOrder.None,
        "James,Robert,Michael,David,Tyler,Christopher,DeShawn,Brandon", "Mary,Emily,Jennifer,Ashley,Madison,Jessica,Keisha,Sarah",
        "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Rodriguez,Wilson,Anderson,Thompson,O'Neill");

    public static readonly DemoCulture British = new("en-GB", "GB", NativeNameOrder.None,
        "Oliver,Harry,George,Jack,Alistair,Callum,Rhys,William", "Olivia,Amelia,Isla,Charlotte,Siân,Emily,Fiona,Poppy",
        "Taylor,Davies,Evans,Thomas,Roberts,Hughes,Walker,Wright,Robinson,Ffrench-Constant,MacLeod,Patel");

    public static readonly DemoCulture Turkish = new("tr", "TR", NativeNameOrder.None,
        "İbrahim,Mehmet,Ömer,Barış,İsmail,Uğur,Çağan,Ilgaz,Doğukan", "Ayşe,Gülşen,Şule,Çağla,Işıl,Yağmur,İpek,Özlem,Ilgın",
        "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Doğan,Arslan,Kılıç,Güneş");

    public static readonly DemoCulture Arabic = new("ar", "AE", NativeNameOrder.GivenFamily,
        "Mohammed|محمد,Ahmed|أحمد,Omar|عمر,Youssef|يوسف,Khalid|خالد,Hassan|حسن,Abdulrahman|عبدالرحمن,Tariq|طارق",
        "Fatima|فاطمة,Layla|ليلى,Aisha|عائشة,Noor|نور,Mariam|مريم,Huda|هدى,Salma|سلمى,Rania|رانيا",
        "Al-Mansouri|المنصوري,Al-Hashimi|الهاشمي,Haddad|حداد,Khalil|خليل,Nasser|ناصر,Al-Farsi|الفارسي,Saleh|صالح,Abdullah|عبدالله,El-Sayed|السيد");

    public static readonly DemoCulture Chinese = new("zh", "CN", NativeNameOrder.FamilyGivenJoined,
        "Wei|伟,Lei|磊,Jie|杰,Zhiqiang|志强,Jun|军,Yang|洋,Hao|浩,Jianguo|建国", "Fang|芳,Na|娜,Min|敏,Jing|静,Ting|婷,Xiuying|秀英,Li|丽,Yan|燕",
        "Wang|王,Li|李,Zhang|张,Liu|刘,Chen|陈,Yang|杨,Huang|黄,Zhao|赵,Wu|吴,Zhou|周,Xu|徐,Sun|孙");

    public static readonly DemoCulture Japanese = new("ja", "JP", NativeNameOrder.FamilyGivenJoined,
        "Hiroshi|博,Haruto|陽翔,Takumi|拓海,Kenji|健二,Daiki|大輝,Sota|蒼太,Yuto|悠斗", "Yuki|由紀,Sakura|さくら,Aoi|葵,Yui|結衣,Hina|ひな,Misaki|美咲,Haruka|遥",
        "Sato|佐藤,Suzuki|鈴木,Takahashi|高橋,Tanaka|田中,Watanabe|渡辺,Ito|伊藤,Yamamoto|山本,Nakamura|中村,Kobayashi|小林");

    public static readonly DemoCulture Korean = new("ko", "KR", NativeNameOrder.FamilyGivenJoined,
        "Min-jun|민준,Ji-ho|지호,Do-yun|도윤,Seo-jun|서준,Hyun-woo|현우,Joon-young|준영", "Seo-yeon|서연,Ha-eun|하은,Ji-woo|지우,Su-bin|수빈,Min-ji|민지,Ye-jin|예진",
        "Kim|김,Lee|이,Park|박,Choi|최,Jung|정,Kang|강,Cho|조,Yoon|윤,Jang|장,Lim|임");

    public static readonly DemoCulture Indian = new("hi", "IN", NativeNameOrder.GivenFamily,
        "Aarav|आरव,Rahul|राहुल,Vikram|विक्रम,Arjun|अर्जुन,Rohan|रोहन,Amit|अमित,Sandeep|संदीप", "Priya|प्रिया,Ananya|अनन्या,Deepika|दीपिका,Sneha|स्नेहा,Pooja|पूजा,Kavya|काव्या,Neha|नेहा",
        "Sharma|शर्मा,Verma|वर्मा,Gupta|गुप्ता,Singh|सिंह,Kumar|कुमार,Patel|पटेल,Mishra|मिश्रा,Joshi|जोशी,Agarwal|अग्रवाल");

    public static readonly DemoCulture Greek = new("el", "GR", NativeNameOrder.GivenFamily,
        "Georgios|Γεώργιος,Dimitrios|Δημήτριος,Konstantinos|Κωνσταντίνος,Nikolaos|Νικόλαος,Ioannis|Ιωάννης,Panagiotis|Παναγιώτης",
        "Maria|Μαρία,Eleni|Ελένη,Aikaterini|Αικατερίνη,Sofia|Σοφία,Vasiliki|Βασιλική,Georgia|Γεωργία",
        "Papadopoulos|Παπαδόπουλος|Papadopoulou|Παπαδοπούλου,Georgiou|Γεωργίου,Nikolaidis|Νικολαΐδης|Nikolaidou|Νικολαΐδου,"
        + "Oikonomou|Οικονόμου,Pappas|Παππάς|Pappa|Παππά,Vlachos|Βλάχος|Vlachou|Βλάχου,Karagiannis|Καραγιάννης|Karagianni|Καραγιάννη");
}
