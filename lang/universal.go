package lang

import "strings"

// Symbols maps currency symbols, as written in any language, to ISO 4217 codes.
// A symbol several currencies share maps to the commonest one and is listed in Ambiguous.
var Symbols = map[string]string{
	"€": "EUR", "£": "GBP", "$": "USD", "us$": "USD", "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "aud$": "AUD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD",
	"nz$": "NZD", "nzd$": "NZD", "hk$": "HKD", "hkd$": "HKD", "s$": "SGD", "sg$": "SGD", "sgd$": "SGD", "r$": "BRL", "nt$": "TWD", "mx$": "MXN", "mxn$": "MXN", "mex$": "MXN",
	"¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB", "₱": "PHP", "₦": "NGN", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC", "₴": "UAH", "₸": "KZT", "rs": "INR", "rs.": "INR",
	"rp": "IDR", "rp.": "IDR", "rm": "MYR", "fr.": "CHF", "chf": "CHF", "kr": "SEK", "zł": "PLN",
	"u$s": "USD", "u$d": "USD", // Latin American press
}

// Ambiguous says, for a symbol that does not decide the currency alone, what else it may be.
var Ambiguous = map[string]string{
	"$":  "$ read as USD; it is also the sign of AUD, CAD, NZD, HKD, SGD, MXN and others",
	"¥":  "¥ read as JPY; it is also the sign of CNY",
	"kr": "kr read as SEK; it is also the sign of NOK, DKK and ISK",
}

// ISOCodes are the ISO 4217 codes recognised when written as such ("IDR 117 billion", "20 EUR").
// (Codes that are also English words written in capitals, ALL, TOP, CUP, SOS…, are left out.)
var ISOCodes = func() map[string]bool {
	m := map[string]bool{"RMB": true}
	for _, c := range strings.Fields(`AED AFN AMD ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL BTC`) {
		m[c] = true
	}
	return m
}()

// PerUSD is roughly how many units of each currency one US dollar bought in 2020–2025, to
// tell whether two amounts in different currencies can be the same sum. Only a factor of
// about 1.5 is ever decided with it, so yearly swings do not matter.
var PerUSD = map[string]float64{
	"USD": 1, "EUR": 0.92, "GBP": 0.79, "IDR": 15500, "JPY": 140, "CNY": 7.0, "CHF": 0.9, "AUD": 1.5, "CAD": 1.35,
	"NZD": 1.65, "HKD": 7.8, "SGD": 1.35, "INR": 82, "KRW": 1300, "RUB": 85, "TRY": 25, "BRL": 5.2, "MXN": 18,
	"ARS": 400, "ZAR": 18, "SEK": 10.5, "NOK": 10.5, "DKK": 6.9, "PLN": 4.1, "CZK": 23, "HUF": 360, "MYR": 4.5,
	"THB": 35, "PHP": 56, "VND": 24000, "SAR": 3.75, "AED": 3.67, "QAR": 3.64, "ILS": 3.7, "EGP": 30, "NGN": 800,
	"KES": 140, "UAH": 37, "TWD": 31, "PKR": 280, "BDT": 110, "CLP": 900, "COP": 4000, "PEN": 3.7, "MAD": 10, "TND": 3.1, "XOF": 600,
}

// PeopleUnits are counted nouns that say what happened to people: "200 morts" counts the people
// a "killed" counts ("200 people killed"), so both are people, with the concept.
// Victims and casualties are people too, with no concept of their own ("226 000 victimes",
// "226,000 people" killed).
var PeopleUnits = map[string]string{"death": "death", "injured": "injured", "victim": "", "casualty": ""}

// KindMeasure is, for ConceptKinds, a count of a physical measure (kilometres, hectares, kilos):
// only the concepts that list it (depth, area burned) can be what such a count measures.
const KindMeasure = "measure"

// ConceptFits reports whether a quantity of this kind can measure the concept.
func ConceptFits(concept, kind string) bool {
	kinds, ok := ConceptKinds[concept]
	if !ok {
		return true
	}
	for _, k := range kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// GenericUnits are counted things that many different facts of one story count (people, matches,
// points, kilometres): a count of them is only about a definite fact when a concept word says which
// ("killed", "injured"), or when its context ties it to another article's count.
var GenericUnits = map[string]bool{
	"person": true, "woman": true, "man": true, "child": true, "member": true, "match": true, "game": true,
	"point": true, "goal": true, "vote": true, "seat": true, "case": true, "km": true, "m": true, "mile": true,
	"hectare": true, "tonne": true, "country": true, "city": true, "state": true, "home": true, "household": true,
	"user": true, "customer": true, "student": true, "worker": true, "employee": true, "soldier": true, "officer": true,
	"police officer": true, "company": true, "test": true, "dose": true, "flight": true, "passenger": true,
	"vehicle": true, "medal": true, "record": true, "file": true, "document": true, "account": true, "device": true,
	"store": true, "species": true, "animal": true, "tree": true, "barrel": true, "patient": true, "school": true,
	"hospital": true, "job": true, "victim": true, "casualty": true, "injured": true, "agency": true,
}

// LowerCodes are the ISO codes also recognised in lower case after an amount ("20 usd", "10 rmb").
var LowerCodes = map[string]string{"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "idr": "IDR",
	"inr": "INR", "aud": "AUD", "cad": "CAD", "chf": "CHF", "hkd": "HKD", "sgd": "SGD", "nzd": "NZD", "krw": "KRW", "myr": "MYR", "brl": "BRL", "mxn": "MXN", "zar": "ZAR"}

// Subunits are coins a hundredth of a currency: "50 cents" is USD 0.50; the one-letter ones
// ("50p", "43c") only in lower case, glued to the digits. Where the language's
// table does not decide the currency, the one listed here is assumed and said.
var Subunits = map[string]string{"cent": "USD", "cents": "USD", "c": "USD", "¢": "USD", "penny": "GBP", "pennies": "GBP", "pence": "GBP", "p": "GBP",
	"centime": "EUR", "centimes": "EUR", "eurocent": "EUR", "eurocents": "EUR", "céntimo": "EUR", "céntimos": "EUR", "centesimi": "EUR", "centavos": "BRL", "centavo": "BRL", "peniques": "GBP", "penique": "GBP", "sen": "IDR", "kopeks": "RUB", "kopiykas": "UAH"}

// Measures converts counted physical units to one base unit per dimension, so that "385 miles"
// and "620 km" compare: unit → (dimension, size in the base unit).
var Measures = map[string]struct {
	Dimension string
	Size      float64
}{
	"magnitude": {"magnitude", 1}, // of a quake, on the moment-magnitude or Richter scale
	"km":        {"length", 1000}, "m": {"length", 1}, "mile": {"length", 1609.344}, "ft": {"length", 0.3048}, "nmi": {"length", 1852},
	"hectare": {"area", 10000}, "acre": {"area", 4046.86},
	"tonne": {"mass", 1000}, "kg": {"mass", 1}, "lb": {"mass", 0.45359237},
	"km/hour": {"speed", 1000}, "mile/hour": {"speed", 1609.344},
}
