# PyTorch CPU inference time of the torchvision models airi builds (scripts/bench/models-bench.ts):
# random weights, evaluation mode, one 3x224x224 image per forward. Prints one JSON object per line:
# workload, threads, msPerImage, torch (version).
#   /usr/bin/python3 scripts/bench/torch-models-bench.py --threads 1,2 --seconds 3
import argparse
import json
import time

import torch
import torchvision

MODELS = {'efficientnet-b0 forward 224': torchvision.models.efficientnet_b0, 'vgg16 forward 224': torchvision.models.vgg16}


def ms_per_image(model, seconds):
    x = torch.randn(1, 3, 224, 224)
    with torch.no_grad():
        model(x)  # warm-up
        runs, started = 0, time.perf_counter()
        while runs < 2 or time.perf_counter() - started < seconds:
            model(x)
            runs += 1
    return 1000 * (time.perf_counter() - started) / runs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--threads', default='1,2')
    parser.add_argument('--seconds', type=float, default=3)
    args = parser.parse_args()
    for workload, build in MODELS.items():
        model = build().eval()
        for threads in [int(t) for t in args.threads.split(',')]:
            torch.set_num_threads(threads)
            print(json.dumps({'workload': workload, 'threads': threads, 'msPerImage': ms_per_image(model, args.seconds), 'torch': torch.__version__}), flush=True)


if __name__ == '__main__':
    main()
