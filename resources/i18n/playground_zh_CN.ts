<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Engine</name>
    <message>
        <source>A disc inside a ring</source>
        <translation>环中有一个圆盘</translation>
    </message>
    <message>
        <source>Four quadrants, alternating</source>
        <translation>四个象限，类别交替</translation>
    </message>
    <message>
        <source>Two Gaussian blobs</source>
        <translation>两团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved spirals</source>
        <translation>两条交错的螺旋</translation>
    </message>
    <message>
        <source>A spiral with k arms</source>
        <translation>有 k 条臂的螺旋</translation>
    </message>
    <message>
        <source>k Gaussian blobs on a ring</source>
        <translation>环上的 k 团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved half moons</source>
        <translation>两个交错的半月</translation>
    </message>
    <message>
        <source>A tilted plane, (x + y) / 10</source>
        <translation>倾斜的平面，(x + y) / 10</translation>
    </message>
    <message>
        <source>Six signed bumps</source>
        <translation>六个有正有负的凸起</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Activations, losses and gradient descent explained; training goes on meanwhile.</source>
        <translation>讲解激活函数、损失函数和梯度下降；训练同时继续。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Start the lesson in {file}.</source>
        <translation>开始 {file} 中的课程。</translation>
    </message>
    <message>
        <source>Open lesson &amp;file…</source>
        <translation>打开课程文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation>重新开始课程(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>The lesson: its step, and what Next (→ or PageDown) does.</source>
        <translation>课程：当前步骤，以及“下一步”（→ 或 PgDown）会做什么。</translation>
    </message>
    <message>
        <source>This lesson has no text in the window's language: its title and captions are in English.</source>
        <translation>这门课程没有当前界面语言的文字：标题和字幕以英文显示。</translation>
    </message>
    <message>
        <source>Lesson not opened: {err}</source>
        <translation>课程未打开：{err}</translation>
    </message>
    <message>
        <source>Lesson opened: {title}.</source>
        <translation>已打开课程：{title}。</translation>
    </message>
    <message>
        <source>Your experiment was kept in {path} (File &gt; Open brings it back).</source>
        <translation>你的实验已保存在 {path}（用“文件 &gt; 打开实验”可恢复）。</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>课程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>showing…</source>
        <translation>展示中…</translation>
    </message>
    <message>
        <source>→ or PageDown for the next step</source>
        <translation>按 → 或 PgDown 进入下一步</translation>
    </message>
    <message>
        <source>done: Ctrl+Shift+L restarts</source>
        <translation>已完成：Ctrl+Shift+L 重新开始</translation>
    </message>
    <message>
        <source>Lesson: {title}  ·  step {step} of {total}  ·  {doing}</source>
        <translation>课程：{title}  ·  第 {step}/{total} 步  ·  {doing}</translation>
    </message>
    <message>
        <source>in English: the lesson has no text in this language</source>
        <translation>以英文显示：这门课程没有该语言的文字</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>S 型函数</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>双曲正切</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>线性整流</translation>
    </message>
    <message>
        <source>leaky_relu</source>
        <translation>带泄漏线性整流</translation>
    </message>
    <message>
        <source>elu</source>
        <translation>指数线性单元</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>平滑整流</translation>
    </message>
    <message>
        <source>gelu</source>
        <translation>高斯误差线性单元</translation>
    </message>
    <message>
        <source>silu</source>
        <translation>S 型线性单元</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>cross_entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mse</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>bce</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>合页损失</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>焦点损失</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>huber</source>
        <translation>Huber 损失</translation>
    </message>
    <message>
        <source>sgd</source>
        <translation>随机梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>adagrad</source>
        <translation>自适应梯度</translation>
    </message>
    <message>
        <source>rmsprop</source>
        <translation>均方根传播</translation>
    </message>
    <message>
        <source>adam</source>
        <translation>自适应矩估计</translation>
    </message>
    <message>
        <source>xavier</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>he</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>l1</source>
        <translation>L1 正则化</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>L2 正则化</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>gauss</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>spiral_k</source>
        <translation>多臂螺旋</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>斜面</translation>
    </message>
    <message>
        <source>reg_gauss</source>
        <translation>高斯凸起</translation>
    </message>
    <message>
        <source>ravine</source>
        <translation>峡谷</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>香蕉函数</translation>
    </message>
    <message>
        <source>beale</source>
        <translation>Beale 函数</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍面</translation>
    </message>
    <message>
        <source>himmelblau</source>
        <translation>Himmelblau 函数</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>max speed</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 轮/秒</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
    <message>
        <source>Start or pause training (Space).</source>
        <translation>开始或暂停训练（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one epoch while paused (Right arrow; Shift+Right: one batch).</source>
        <translation>暂停时训练一轮（右方向键；Shift+右方向键：一批）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from fresh weights (R).</source>
        <translation>用新的初始权重重新开始（R）。</translation>
    </message>
    <message>
        <source>Slow training down to explain it, or let it run at full speed.</source>
        <translation>放慢训练以便讲解，或全速运行。</translation>
    </message>
    <message>
        <source>The run the canvas, diagram, plots and these numbers show: click a run's tile to show another.</source>
        <translation>画布、网络图、曲线和这些数字所显示的运行：点击某个运行的卡片即可切换。</translation>
    </message>
    <message>
        <source>Epochs trained: one epoch is one pass over the training points.</source>
        <translation>已训练的轮数：一轮即把训练数据完整过一遍。</translation>
    </message>
    <message>
        <source>The latest train and test loss and accuracy, and training speed.</source>
        <translation>最新的训练与测试损失、准确率和训练速度。</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  开始</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  暂停</translation>
    </message>
    <message>
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>diverged in epoch {n}</source>
        <translation>在第 {n} 轮发散</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>train RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>测试 RMSE</translation>
    </message>
    <message>
        <source>paused (was {n} epochs/s)</source>
        <translation>已暂停（此前 {n} 轮/秒）</translation>
    </message>
    <message>
        <source>Press Space to train.</source>
        <translation>按空格键开始训练。</translation>
    </message>
</context>
</TS>