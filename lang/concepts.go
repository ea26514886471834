package lang

// The concepts: what a quantity measures, named in English whatever the language of the
// article. Each language table maps its words to these names (concepts_<code>.go); claims are
// compared across articles only when they measure the same concept.
//
// People (counts):
//   - death: people killed or dead, the death toll; as a date, when someone died
//   - injured: people injured or wounded
//   - missing: people missing, unaccounted for
//   - evacuated: people evacuated
//   - displaced: people displaced or left homeless
//   - rescued: people rescued
//   - arrest: people arrested or detained; as a date, when someone was arrested
//   - hospitalised: people taken to or treated in hospital
//   - infected: cases of a disease, people infected
//   - vaccinated: people vaccinated (a count, or a share of the population)
//   - passengers: passengers, people on board
//   - crew: crew members
//   - strike: workers on strike; as a duration, how long a strike lasts
//   - employees: employees, staff, a workforce
//   - job cuts: jobs cut, layoffs
//   - jobs created: jobs created, hires
//   - customers: customers, users or subscribers (of a service, affected by an event)
//   - voters: voters, the electorate
//   - votes: votes cast for someone; as a percentage, the vote share
//   - seats: seats won or held
//   - candidates: candidates standing
//
// Money:
//   - fine: a fine or financial sanction
//   - penalty: a periodic penalty payment (astreinte, dwangsom, Zwangsgeld), per day or accrued
//   - aid: aid, relief, a bailout
//   - compensation: compensation paid to those harmed, also per passenger or per person
//   - damages: damage caused, losses suffered (by a disaster, a crime); damages awarded
//   - cost: what something costs
//   - cost overrun: the amount (or share) by which a cost exceeds its budget
//   - budget: money allotted to something
//   - spending: money spent, expenditure
//   - revenue: sales, turnover, receipts
//   - profit: profit, earnings
//   - loss: a company's or a fund's loss
//   - price: the price of a thing, a share price, price per share
//   - offer: an offer or bid for something
//   - fee: a fee, a transfer fee
//   - bonus: a bonus or premium paid to a person
//   - salary: a salary, pay
//   - wage: wages, the minimum wage
//   - release clause: the sum that frees a player from a contract
//   - ransom: a ransom demanded or paid
//   - loan: a loan, credit
//   - investment: money invested
//   - funding: money raised, financing
//   - debt: debt owed
//   - tax: a tax, tariff or levy (an amount or a rate)
//   - valuation: what something is valued at, its market value
//   - grant: a grant or subsidy
//   - bribe: bribes, kickbacks
//   - refund: a refund, reimbursement or repayment
//   - deal: the value of a deal, an acquisition or a merger
//   - settlement: a settlement agreed out of court
//   - bail: bail set or paid
//   - deficit: a budget or trade deficit
//   - contract: a contract's value; as a duration, its length
//
// Measures (counts of a physical unit):
//   - magnitude: the magnitude of an earthquake
//   - aftershocks: the number of aftershocks of an earthquake
//   - depth: the depth of an earthquake, a wreck, water
//   - height: the height of a thing, a wave
//   - length: the length of a thing, a queue, a route
//   - altitude: altitude, elevation above sea level
//   - area burned: the area a fire burned
//   - capacity: capacity, output (megawatts, seats of a stadium)
//   - speed: speed, wind speed
//   - temperature: a temperature
//   - distance: the distance from one place to another
//
// Durations:
//   - deadline: a deadline, the time given to comply
//   - appeal: the time allowed to appeal
//   - sentence: a prison sentence
//   - delay: a delay, a postponement
//   - fire: how long a fire burned
//
// Percentages:
//   - inflation, growth (of an economy), unemployment (also a count of the unemployed), turnout
//   - interest rate: an interest rate, a central bank's key rate
//   - market share: a company's share of its market
//   - premium: a premium over a price (or an insurance premium)
//   - stake: a stake, a share of a company's capital
//   - approval rating: approval, popularity
//   - fatality rate: the share of the sick or affected who die
//   - increase: a rise or increase
//   - decrease: a fall, drop or decrease
//
// Events (dates): the day on which something happened.
//   - start: when something began or broke out
//   - end: when something ended
//   - announcement: when something was announced
//   - discovery: when something was discovered or detected
//   - notification: when something was notified or reported to an authority
//   - decision: when a decision, ruling or verdict was given
//   - signing: when something was signed
//   - election: the day of an election or vote
//   - inauguration: when someone took office
//   - declaration: when something (an emergency) was declared
//   - incident: when a crash, accident, attack or landing happened
//   - and death and arrest, above

// ConceptKinds says which kinds of quantity can measure a concept, so that the word "fine"
// near "two months" does not make the two months a fine.
var ConceptKinds = map[string][]string{
	// people
	"death": {"count", "date"}, "injured": {"count"}, "missing": {"count"}, "evacuated": {"count"}, "displaced": {"count"},
	"rescued": {"count"}, "arrest": {"count", "date"}, "hospitalised": {"count"}, "infected": {"count"}, "vaccinated": {"count", "percentage"},
	"passengers": {"count"}, "crew": {"count"}, "strike": {"count", "duration"}, "employees": {"count"}, "job cuts": {"count"},
	"jobs created": {"count"}, "customers": {"count"}, "voters": {"count"}, "votes": {"count", "percentage"}, "seats": {"count"},
	"candidates": {"count"}, "aftershocks": {"count"},

	// money
	"fine": {"money", "rate"}, "penalty": {"money", "rate"}, "revenue": {"money", "percentage"}, "profit": {"money", "percentage"}, "loss": {"money", "percentage"},
	"cost": {"money", "rate"}, "cost overrun": {"money", "percentage"}, "price": {"money", "rate", "percentage"}, "budget": {"money"}, "spending": {"money", "percentage"},
	"salary": {"money", "rate"}, "wage": {"money", "rate"}, "bonus": {"money"}, "fee": {"money", "rate"}, "offer": {"money"}, "release clause": {"money"},
	"investment": {"money"}, "funding": {"money"}, "refund": {"money"}, "bribe": {"money"},
	"damages": {"money"}, "compensation": {"money", "rate"}, "settlement": {"money"}, "bail": {"money"}, "ransom": {"money"},
	"tax": {"money", "percentage"}, "debt": {"money", "percentage"}, "deficit": {"money", "percentage"}, "loan": {"money"},
	"aid": {"money"}, "grant": {"money"}, "deal": {"money"}, "valuation": {"money"}, "contract": {"money", "duration"},

	// measures
	"magnitude": {"count", "number", KindMeasure}, "depth": {"count", KindMeasure}, "height": {"count", KindMeasure}, "length": {"count", KindMeasure}, "altitude": {"count", KindMeasure},
	"area burned": {"count", KindMeasure}, "capacity": {"count", KindMeasure}, "speed": {"count", KindMeasure}, "temperature": {"count", "number", KindMeasure}, "distance": {"count", KindMeasure},

	// durations
	"appeal": {"duration"}, "sentence": {"duration"}, "deadline": {"duration"}, "delay": {"duration"}, "fire": {"duration"},

	// percentages
	"unemployment": {"percentage", "count"}, "inflation": {"percentage"}, "growth": {"percentage"}, "turnout": {"percentage"},
	"interest rate": {"percentage"}, "market share": {"percentage"}, "premium": {"percentage", "money"}, "stake": {"percentage", "money"},
	"approval rating": {"percentage"}, "fatality rate": {"percentage"}, "increase": {"percentage"}, "decrease": {"percentage"},

	// events
	"start": {"date"}, "end": {"date"}, "announcement": {"date"}, "discovery": {"date"}, "notification": {"date"}, "decision": {"date"},
	"signing": {"date"}, "election": {"date"}, "inauguration": {"date"}, "declaration": {"date"}, "incident": {"date"},
}

// ConceptFamilies join concepts that news in one language or another names for the same thing
// ("desalojados" are evacuated in Spain, left homeless in Portugal): two statements of one family
// are neither told apart nor joined by their concepts.
var ConceptFamilies = map[string]string{"displaced": "evacuated", "penalty": "fine"}

// SameFamily reports whether two different concepts belong to one family.
func SameFamily(a, b string) bool {
	fa, fb := a, b
	if f, ok := ConceptFamilies[a]; ok {
		fa = f
	}
	if f, ok := ConceptFamilies[b]; ok {
		fb = f
	}
	return fa == fb
}
