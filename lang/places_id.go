package lang

// placesID maps Indonesian country names, their common short forms and demonyms (all inflections) to ISO 3166-1 alpha-2 codes.
// Indonesian uses the country name itself as the adjective ("pemerintah Prancis", "perusahaan AS"); the press's
// "negeri ..." nicknames ("negeri tirai bambu", "negeri paman sam") are included.
// Supranational and regional names use pseudo-codes: EU (European Union) and EZ (euro area), which ISO 3166-1 reserves
// for them, and LATAM / NORAM for Latin and North America, listed so that their names are not read as the country they contain.
// Keys marked risky are also ordinary words or are ambiguous.
// The short forms "AS", "RI", "RRT", "RRC" are meant to match only when written in capitals.
var placesID = map[string]string{
	"prancis": "FR", "perancis": "FR",
	"britania raya": "GB", "inggris raya": "GB", "britania": "GB",
	"skotlandia": "GB", "wales": "GB", "irlandia utara": "GB", // risky: constituent country; mapped to GB
	"inggris": "GB", "kerajaan bersatu": "GB", // risky "inggris": also "English" (bahasa Inggris) and England; commonly the UK
	"amerika serikat": "US", "usa": "US", "negeri paman sam": "US",
	"as": "US", "amerika": "US", // risky "as": only as written "AS"; also a common word. risky "amerika": also the continent
	"jerman": "DE", "italia": "IT",
	"spanyol": "ES", "negeri matador": "ES",
	"portugal": "PT", "belanda": "NL", "negeri kincir angin": "NL",
	"belgia": "BE", "luksemburg": "LU", "luxemburg": "LU", "luxembourg": "LU",
	"swiss": "CH", "austria": "AT", "irlandia": "IE", "polandia": "PL", "swedia": "SE", "norwegia": "NO", "denmark": "DK",
	"finlandia": "FI", "yunani": "GR",
	"turki": "TR", "turkiye": "TR", "türkiye": "TR",
	"rusia": "RU", "federasi rusia": "RU", "negeri beruang merah": "RU",
	"ukraina": "UA", "belarus": "BY", "belarusia": "BY",
	"ceko": "CZ", "republik ceko": "CZ", "ceska": "CZ",
	"hongaria": "HU", "hungaria": "HU",
	"rumania": "RO", "romania": "RO",
	"bulgaria": "BG", "kroasia": "HR", "serbia": "RS",
	"china": "CN", "tiongkok": "CN", "cina": "CN", "negeri tirai bambu": "CN",
	"rrt": "CN", "rrc": "CN", // risky: only as written "RRT" / "RRC"
	"jepang": "JP", "negeri sakura": "JP", "negeri matahari terbit": "JP",
	"korea selatan": "KR", "korsel": "KR", "negeri ginseng": "KR",
	"korea": "KR", "negeri gingseng": "KR", // risky "korea": may mean either Korea; usually South Korea in news
	"korea utara": "KP", "korut": "KP",
	"india": "IN", "pakistan": "PK",
	"afghanistan": "AF", "afganistan": "AF",
	"iran": "IR", "irak": "IQ", "suriah": "SY", "israel": "IL",
	"palestina": "PS", "gaza": "PS", "jalur gaza": "PS", "tepi barat": "PS",
	"lebanon": "LB", "libanon": "LB",
	"arab saudi": "SA", "saudi arabia": "SA",
	"saudi": "SA", "kerajaan arab saudi": "SA", // risky "saudi": alone usually Saudi Arabia
	"uni emirat arab": "AE", "uea": "AE",
	"qatar": "QA", "katar": "QA",
	"mesir": "EG", "negeri piramida": "EG",
	"libya": "LY", "libia": "LY",
	"nigeria": "NG", "afrika selatan": "ZA", "afsel": "ZA",
	"kenya": "KE", "etiopia": "ET", "ethiopia": "ET",
	"indonesia": "ID", "republik indonesia": "ID", "nkri": "ID",
	"ri": "ID", "tanah air": "ID", // risky "ri": only as written "RI". risky "tanah air": "homeland"; in Indonesian news usually Indonesia
	"negeri jiran": "MY", "malaysia": "MY", // risky "negeri jiran": "neighbouring country"; usually Malaysia
	"singapura": "SG", "negeri singa": "SG",
	"thailand": "TH", "negeri gajah putih": "TH",
	"filipina": "PH", "vietnam": "VN",
	"australia": "AU", "negeri kanguru": "AU",
	"selandia baru": "NZ", "kanada": "CA", "meksiko": "MX",
	"brasil": "BR", "brazil": "BR", "negeri samba": "BR",
	"argentina": "AR", "negeri tango": "AR",
	"chili": "CL", "cile": "CL", // risky "chili": also the pepper / chilli sauce
	"kolombia": "CO", "venezuela": "VE", "taiwan": "TW",
	"hong kong": "HK", "hongkong": "HK",
	"slowakia": "SK", "slovenia": "SI", "estonia": "EE", "latvia": "LV",
	"lituania": "LT", "lithuania": "LT",
	"islandia": "IS", "siprus": "CY", "malta": "MT", "maroko": "MA", "aljazair": "DZ", "tunisia": "TN", "yordania": "JO", "kuwait": "KW",
	"oman": "OM", "bahrain": "BH", "yaman": "YE", "sudan": "SD", "sudan selatan": "SS", "bangladesh": "BD",
	"sri lanka": "LK", "myanmar": "MM",
	"kazakhstan": "KZ", "kazakstan": "KZ",
	"armenia": "AM", "azerbaijan": "AZ", "peru": "PE", "kuba": "CU", "ekuador": "EC", "bolivia": "BO", "uruguay": "UY",
	"brunei": "BN", "brunei darussalam": "BN",
	"timor leste": "TL", "timor-leste": "TL",
	"kamboja": "KH", "laos": "LA", "papua nugini": "PG",
	"uni eropa": "EU", "eu": "EU", "ue": "EU",
	"komisi eropa": "EU", "bank sentral eropa": "EU",
	"zona euro": "EZ", "kawasan euro": "EZ",
	"amerika latin": "LATAM", "amerika selatan": "LATAM", "amerika tengah": "LATAM", "amerika utara": "NORAM",
}
