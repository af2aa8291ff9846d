#!/usr/bin/python3
"""Independent check of the ONNX files Sightline writes (core/react/model/onnxWriter.ts).

Runs the reference checker of the onnx package (Debian: apt-get install python3-onnx) with
shape inference on each file and prints what it read: IR version, opsets, metadata, nodes and
the inferred output shape. Not part of npm test, which must not depend on Python.

Usage: /usr/bin/python3 scripts/check-onnx.py demo-workspace/models/v1.onnx [more.onnx ...]
"""
import sys

import onnx


def check(path: str) -> None:
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    inferred = onnx.shape_inference.infer_shapes(model, strict_mode=True)
    out = inferred.graph.output[0]
    dims = [d.dim_param or d.dim_value for d in out.type.tensor_type.shape.dim]
    print(f"{path}: ok (ir_version {model.ir_version}, opset {[o.version for o in model.opset_import]}, producer {model.producer_name})")
    print(f"  metadata: {dict((p.key, p.value) for p in model.metadata_props)}")
    print(f"  nodes: {' -> '.join(n.op_type for n in model.graph.node)}")
    print(f"  output {out.name}: {dims}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    failed = False
    for file in sys.argv[1:]:
        try:
            check(file)
        except Exception as error:  # report every file, then fail
            print(f"{file}: FAILED: {error}")
            failed = True
    sys.exit(1 if failed else 0)
