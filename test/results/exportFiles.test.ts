import { describe, expect, it } from 'vitest';
import { exportFileName, joinPath } from '../../renderer/export/exportFiles';

describe('exportFileName', () => {
  it('makes a Python module name from the project name', () => {
    expect(exportFileName('LeNet-5 (MNIST)', 'pytorch')).toBe('lenet_5_mnist_pytorch.py');
    expect(exportFileName('3 layers', 'keras')).toBe('net_3_layers_keras.py');
    expect(exportFileName('网络', 'pytorch')).toBe('network_pytorch.py');
  });
});

describe('joinPath', () => {
  it('keeps the folder’s separator', () => {
    expect(joinPath('/home/a/runs/r1', 'm.py')).toBe('/home/a/runs/r1/m.py');
    expect(joinPath('/home/a/runs/r1/', 'm.py')).toBe('/home/a/runs/r1/m.py');
    expect(joinPath('C:\\Users\\a\\runs\\r1', 'm.py')).toBe('C:\\Users\\a\\runs\\r1\\m.py');
  });
});
