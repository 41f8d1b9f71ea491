package dev.ganforge.engine.run;

import dev.ganforge.engine.train.StepRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Several {@link RunListener}s as one: each is told everything, in their order (see {@link RunListener#all}). */
final class RunListeners implements RunListener {

    /** One call of a listener method. */
    @FunctionalInterface
    private interface Call {
        void to(RunListener listener) throws IOException;
    }

    private final List<RunListener> listeners;

    RunListeners(List<? extends RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    private void tell(Call call) throws IOException {
        for (RunListener listener : listeners) {
            call.to(listener);
        }
    }

    @Override
    public void onStart(long fromStep, long toStep) throws IOException {
        tell(listener -> listener.onStart(fromStep, toStep));
    }

    @Override
    public void onStep(StepRecord record) throws IOException {
        tell(listener -> listener.onStep(record));
    }

    @Override
    public void onSamples(long step, Path image) throws IOException {
        tell(listener -> listener.onSamples(step, image));
    }

    @Override
    public void onEvaluation(long step, Map<String, Double> figures) throws IOException {
        tell(listener -> listener.onEvaluation(step, figures));
    }

    @Override
    public void onCheckpoint(long step, Path folder) throws IOException {
        tell(listener -> listener.onCheckpoint(step, folder));
    }

    @Override
    public void onNote(String note) {
        listeners.forEach(listener -> listener.onNote(note));
    }
}
