package dev.ganforge.plugins.data;

import java.util.List;

/**
 * The images of a built-in dataset before a {@link TableDataset} is made of them, for a dataset
 * built on another's images (the edges task).
 *
 * @param train the training images, values in [0, 1]
 * @param test the test images, or {@code null} if there are none
 * @param classes the number of classes of the labels, 0 if the images are unlabelled
 * @param shape one image's {@code [channels, height, width]}
 */
record ImageSplits(SampleTable train, SampleTable test, int classes, List<Integer> shape) {}
