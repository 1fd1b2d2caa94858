pub mod invariants;
pub mod seeds;
