//! The fixed vocabularies that data files choose from: phases, topics, groups of people and
//! how a chart draws a series.

/// When a point takes effect, as the plan sequences it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    First,
    Transition,
    LongTerm,
}

impl Phase {
    /// In the order the overview shows them: the order in which the plan takes effect.
    pub const ALL: [Phase; 3] = [Phase::First, Phase::Transition, Phase::LongTerm];

    /// The spelling used in data files and CSS classes.
    pub const fn slug(self) -> &'static str {
        match self {
            Phase::First => "first-phase",
            Phase::Transition => "transition",
            Phase::LongTerm => "long-term",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|phase| phase.slug() == slug)
    }
}

/// What a point is about; a point has one or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    HostagesPrisoners,
    CeasefireWithdrawal,
    Aid,
    Governance,
    SecurityDisarmament,
    ReconstructionEconomy,
    PoliticalHorizon,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::HostagesPrisoners,
        Topic::CeasefireWithdrawal,
        Topic::Aid,
        Topic::Governance,
        Topic::SecurityDisarmament,
        Topic::ReconstructionEconomy,
        Topic::PoliticalHorizon,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            Topic::HostagesPrisoners => "hostages-prisoners",
            Topic::CeasefireWithdrawal => "ceasefire-withdrawal",
            Topic::Aid => "aid",
            Topic::Governance => "governance",
            Topic::SecurityDisarmament => "security-disarmament",
            Topic::ReconstructionEconomy => "reconstruction-economy",
            Topic::PoliticalHorizon => "political-horizon",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|topic| topic.slug() == slug)
    }
}

/// Why a person appears in the explainer; the people page groups by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonGroup {
    Delegate,
    Official,
    Prisoner,
}

impl PersonGroup {
    pub const ALL: [PersonGroup; 3] = [PersonGroup::Delegate, PersonGroup::Official, PersonGroup::Prisoner];

    pub const fn slug(self) -> &'static str {
        match self {
            PersonGroup::Delegate => "delegate",
            PersonGroup::Official => "official",
            PersonGroup::Prisoner => "prisoner",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|group| group.slug() == slug)
    }
}

/// How a chart draws a series: what the reader may read between two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Draw {
    /// The value holds until the next one: only for counts known at every change.
    Step,
    /// Each report on its own, nothing drawn between: the source reports now and then.
    Dots,
}

impl Draw {
    pub const ALL: [Draw; 2] = [Draw::Step, Draw::Dots];

    pub const fn slug(self) -> &'static str {
        match self {
            Draw::Step => "step",
            Draw::Dots => "dots",
        }
    }
}
