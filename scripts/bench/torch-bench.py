# PyTorch CPU training throughput on the nets of scripts/bench/training-bench.ts (lab/lessons/cifar/
# cifar-models.ts's builders, the notebooks' layers): batch of random images, cross-entropy, backward,
# SGD momentum 0.9. Prints one JSON object per line: workload, threads, imagesPerSecond, torch (version).
#   /usr/bin/python3 scripts/bench/torch-bench.py --threads 1,2 --batch 128 --seconds 2
import argparse
import json
import time

import torch
from torch import nn


def softmax():
    return nn.Sequential(nn.Linear(3072, 10, bias=False))


def two_layer():
    return nn.Sequential(nn.Flatten(), nn.Linear(3072, 1000), nn.ReLU(), nn.Linear(1000, 10))


def convnet():
    return nn.Sequential(
        nn.Conv2d(3, 16, 5), nn.ReLU(), nn.Conv2d(16, 16, 5), nn.ReLU(), nn.Flatten(),
        nn.Linear(16 * 24 * 24, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10),
    )


def cnn():
    def block(i, o):
        return [nn.Conv2d(i, o, 3, padding=1), nn.BatchNorm2d(o), nn.MaxPool2d(2), nn.ReLU()]
    return nn.Sequential(
        *block(3, 32), *block(32, 64), *block(64, 128), nn.Flatten(),
        nn.Linear(128 * 4 * 4, 1000), nn.ReLU(), nn.Linear(1000, 10),
    )


NETS = {'softmax': softmax, 'two-layer': two_layer, 'convnet': convnet, 'cnn': cnn}


def rate(build, batch, seconds):
    torch.manual_seed(1)
    model = build()
    flat = isinstance(model[0], nn.Linear)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.randn(batch, 3, 32, 32)
    if flat:
        x = x.reshape(batch, -1)
    y = torch.randint(0, 10, (batch,))

    def step():
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()

    step()
    steps = 0
    started = time.perf_counter()
    while steps < 3 or time.perf_counter() - started < seconds:
        step()
        steps += 1
    return steps * batch / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--threads', default='1,2')
    parser.add_argument('--batch', type=int, default=128)
    parser.add_argument('--seconds', type=float, default=2)
    args = parser.parse_args()
    for name, build in NETS.items():
        for threads in [int(t) for t in args.threads.split(',')]:
            torch.set_num_threads(threads)
            line = {'workload': name, 'threads': threads, 'imagesPerSecond': rate(build, args.batch, args.seconds), 'torch': torch.__version__}
            print(json.dumps(line), flush=True)


if __name__ == '__main__':
    main()
