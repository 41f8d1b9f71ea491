package dev.ganforge.spec;

/** Averages each channel over height and width, giving a vector of channels. */
public record GlobalAvgPoolBlock() implements BlockSpec {

    @Override
    public String kind() {
        return "global-avg-pool";
    }
}
