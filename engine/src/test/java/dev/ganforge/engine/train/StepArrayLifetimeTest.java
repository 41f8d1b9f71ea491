package dev.ganforge.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import dev.ganforge.engine.recipe.AdversarialRecipe;
import dev.ganforge.engine.recipe.RecipeStep;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.role.NetworkContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An update's arrays are closed when it has its gradient, as PyTorch frees a graph after its
 * backward, so that one update's activations do not add to the next one's peak; a recipe keeps
 * what it needs later with {@link RecipeStep#keep}.
 */
class StepArrayLifetimeTest {

    @Test
    void anUpdatesArraysAreClosedWhenItEndsAndKeptOnesLiveUntilTheStepEnds() {
        Map<String, Boolean> released = new LinkedHashMap<>();
        NDArray[] seen = new NDArray[4];
        TrainingRecipe recipe = new TrainingRecipe() {
            private final AdversarialRecipe adversarial = new AdversarialRecipe();

            @Override
            public List<String> roles() {
                return adversarial.roles();
            }

            @Override
            public String samplingRole() {
                return adversarial.samplingRole();
            }

            @Override
            public NetworkContract contract(String role) {
                return adversarial.contract(role);
            }

            @Override
            public StepRecord step(RecipeStep step) {
                NDArray noise = step.noise(8);
                NDArray fake = step.detached(() -> step.forward(AdversarialRecipe.GENERATOR, noise, null));
                RecipeStep.Update critic = step.update(AdversarialRecipe.DISCRIMINATOR, Set.of(), () -> {
                    seen[0] = step.forward(AdversarialRecipe.DISCRIMINATOR, fake, null);
                    seen[1] = step.keep(seen[0]);
                    return seen[0].mean();
                });
                released.put("scores inside the critic update", seen[0].isReleased());
                released.put("scores kept from it", seen[1].isReleased());
                released.put("fakes made before it", fake.isReleased());
                RecipeStep.Update generator = step.update(AdversarialRecipe.GENERATOR, Set.of(AdversarialRecipe.DISCRIMINATOR),
                        () -> {
                            seen[2] = step.forward(AdversarialRecipe.GENERATOR, noise, null);
                            return step.forward(AdversarialRecipe.DISCRIMINATOR, seen[2], null).mean().neg();
                        });
                released.put("samples inside the generator update", seen[2].isReleased());
                released.put("noise made before it", noise.isReleased());
                seen[3] = seen[1];
                return step.record(List.of(AdversarialRecipe.DISCRIMINATOR, AdversarialRecipe.GENERATOR),
                        Map.of(AdversarialRecipe.DISCRIMINATOR, critic, AdversarialRecipe.GENERATOR, generator));
            }
        };
        try (GanTrainer trainer = TinyGan.builder(TinyGan.wasserstein(), List.of()).optRecipe(recipe).build()) {
            trainer.trainStep();
        }
        assertEquals(Map.of("scores inside the critic update", true, "scores kept from it", false, "fakes made before it", false,
                "samples inside the generator update", true, "noise made before it", false), released);
        assertEquals(true, seen[3].isReleased(), "kept arrays are closed with the step");
    }
}
