<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Layout</name>
    <message>
        <location filename="../../playground/app/window/layout.py" line="154" />
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <location filename="../../playground/app/window/layout.py" line="155" />
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../playground/app/window/layout.py" line="156" />
        <source>Activations, losses and gradient descent explained; training goes on meanwhile.</source>
        <translation>讲解激活函数、损失函数和梯度下降；训练同时继续。</translation>
    </message>
    <message>
        <location filename="../../playground/app/window/layout.py" line="159" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../playground/app/window/layout.py" line="160" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../playground/app/window/layout.py" line="161" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="25" />
        <source>max speed</source>
        <translation>最快</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="27" />
        <source>1 epoch/s</source>
        <translation>1 轮/秒</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="28" />
        <location filename="../../playground/app/panels/run_bar.py" line="166" />
        <source>{n} epochs/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="90" />
        <source>Start or pause training (Space).</source>
        <translation>开始或暂停训练（空格键）。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="91" />
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="92" />
        <source>Train one epoch while paused (Right arrow; Shift+Right: one batch).</source>
        <translation>暂停时训练一轮（右方向键；Shift+右方向键：一批）。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="94" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="95" />
        <source>Start again from fresh weights (R).</source>
        <translation>用新的初始权重重新开始（R）。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="98" />
        <source>Slow training down to explain it, or let it run at full speed.</source>
        <translation>放慢训练以便讲解，或全速运行。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="100" />
        <source>The run the canvas, diagram, plots and these numbers show: click a run's tile to show another.</source>
        <translation>画布、网络图、曲线和这些数字所显示的运行：点击某个运行的卡片即可切换。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="102" />
        <source>Epochs trained: one epoch is one pass over the training points.</source>
        <translation>已训练的轮数：一轮即把训练数据完整过一遍。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="104" />
        <source>The latest train and test loss and accuracy, and training speed.</source>
        <translation>最新的训练与测试损失、准确率和训练速度。</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="128" />
        <location filename="../../playground/app/panels/run_bar.py" line="144" />
        <source>▶  Play</source>
        <translation>▶  开始</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="129" />
        <location filename="../../playground/app/panels/run_bar.py" line="144" />
        <source>❚❚  Pause</source>
        <translation>❚❚  暂停</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="137" />
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="153" />
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="155" />
        <source>diverged in epoch {n}</source>
        <translation>在第 {n} 轮发散</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="156" />
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="156" />
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="157" />
        <source>train acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="157" />
        <source>test acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="158" />
        <source>train RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="158" />
        <source>test RMSE</source>
        <translation>测试 RMSE</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="168" />
        <source>paused (was {n} epochs/s)</source>
        <translation>已暂停（此前 {n} 轮/秒）</translation>
    </message>
    <message>
        <location filename="../../playground/app/panels/run_bar.py" line="169" />
        <source>Press Space to train.</source>
        <translation>按空格键开始训练。</translation>
    </message>
</context>
</TS>